// How big the QR code of a result link is, plain and compressed, for a typical 10- and 20-question result:
// the figures in the README. Run: npx tsx scripts/resultQrSizes.ts
import QRCode from 'qrcode';
import { contentVersion } from '../lib/assignment';
import { loadQuizzes } from '../lib/content/load';
import { questionLookup, questionRef } from '../lib/content/refs';
import { receiptLink } from '../lib/links';
import { encodeCompressedReceipt, encodeReceipt, gradeAnswers, makeReceipt } from '../lib/receipt';
import { seededRandom } from '../lib/shuffle';

const quizzes = loadQuizzes();
const lookup = questionLookup(quizzes);
const questions = quizzes.flatMap((quiz) => quiz.questions.map((q) => ({ ref: questionRef(quiz.id, q.id), q })));
const random = seededRandom(2026);
const origin = 'https://sourcecheck.district.example';

async function main() {
  for (const count of [10, 20]) {
    const chosen = questions.slice(0, count);
    const body = {
      assignment: 'k3x9mp2a',
      title: 'Period 3 warm-up',
      className: 'Civics 3',
      name: 'Ana Lopez',
      questions: chosen.map(({ ref }) => ref),
      answers: chosen.map(({ q }) => [q.choices[Math.floor(random() * q.choices.length)]!.id]),
      startedAt: 1_767_000_000_000,
      finishedAt: 1_767_000_900_000,
      contentVersion: contentVersion(
        chosen.map(({ ref }) => ref),
        lookup,
      ),
    };
    const receipt = makeReceipt({ ...body, correct: gradeAnswers(body, lookup) });
    for (const [format, token] of [
      ['plain', encodeReceipt(receipt)],
      ['compressed', await encodeCompressedReceipt(receipt)],
    ] as const) {
      const link = receiptLink(origin, token);
      for (const level of ['M', 'L'] as const) {
        const { version, modules } = QRCode.create(link, { errorCorrectionLevel: level });
        console.log(
          `${count} questions, ${format}: ${link.length} characters, QR version ${version}, ${modules.size}×${modules.size} modules (level ${level})`,
        );
      }
    }
  }
}

void main();
