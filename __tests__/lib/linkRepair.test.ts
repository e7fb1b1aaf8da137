import { contentVersion } from '@/lib/assignment';
import { questionLookup } from '@/lib/content/refs';
import { encodeCompressedReceipt, encodeReceipt, makeReceipt, type ReceiptInput } from '@/lib/receipt';
import { findReceiptTokens, findReceiptTokensInSlices } from '@/lib/receiptTokens';
import { makeQuestion, makeQuiz } from '../fixtures';

const quiz = makeQuiz(Array.from({ length: 12 }, (_, i) => makeQuestion({ id: `question-${i + 1}` })));
const lookup = questionLookup([quiz]);
const refs = quiz.questions.map((q) => `china-and-iran/${q.id}`);

function receiptFor(name: string): ReceiptInput {
  return {
    assignment: 'k3x9mp2a',
    title: 'Period 3 warm-up',
    className: 'Civics 3',
    name,
    questions: refs,
    answers: refs.map(() => ['considered']),
    correct: refs.length,
    startedAt: 1_700_000_000_000,
    finishedAt: 1_700_000_300_000,
    contentVersion: contentVersion(refs, lookup),
  };
}

const ana = encodeReceipt(makeReceipt(receiptFor('Ana Lopez')));
const ben = encodeReceipt(makeReceipt(receiptFor('Ben Okafor')));
const link = (token: string) => `https://school.example/teach/results#${token}`;

/** Breaks every line longer than `width` into lines of `width`, anywhere, as Outlook does with a long link. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => line.match(new RegExp(`.{1,${width}}`, 'g')) ?? [''])
    .join('\n');
}

const quote = (text: string, marker: string) =>
  text
    .split('\n')
    .map((line) => marker + line)
    .join('\n');

describe('result links split by an email client', () => {
  it('are put back together when Outlook wrapped them at 76 characters', () => {
    const email = hardWrap(`Hi Ms. K,\nhere is my result: ${link(ana)}\nthanks,\nAna`, 76);
    expect(email.split('\n').length).toBeGreaterThan(10);
    expect(findReceiptTokens(email)).toEqual([ana]);
  });

  it('are put back together from a reply that quotes them with "> " and ">> "', () => {
    const forwarded = `Forwarding Ana's:\n${quote(`Ben wrote:\n${quote(hardWrap(link(ana), 76), '> ')}`, '> ')}`;
    expect(forwarded).toContain('\n> > ');
    const gmail = `On Monday Ana wrote:\n${quote(hardWrap(`Here it is:\n${link(ana)}\nAna`, 78), '>> ')}`;
    expect(findReceiptTokens(forwarded)).toEqual([ana]);
    expect(findReceiptTokens(gmail)).toEqual([ana]);
  });

  it('are put back together when the client put a space where it broke the line, or inside a line', () => {
    const cut = 50;
    expect(findReceiptTokens(`${link(ana).slice(0, cut)} \n ${link(ana).slice(cut)} \nBen`)).toEqual([ana]);
    expect(findReceiptTokens(`${link(ana).slice(0, cut)} ${link(ana).slice(cut)}.`)).toEqual([ana]);
  });

  it('keep two links on adjacent lines apart, wrapped or not, bare tokens too', () => {
    expect(findReceiptTokens(`${link(ana)}\n${link(ben)}`)).toEqual([ana, ben]);
    expect(findReceiptTokens(`${ana}\n${ben}`)).toEqual([ana, ben]);
    expect(findReceiptTokens(hardWrap(`${link(ana)}\n${link(ben)}`, 76))).toEqual([ana, ben]);
    expect(findReceiptTokens(quote(hardWrap(`${ana} ${ben}`, 76), '> '))).toEqual([ana, ben]);
  });

  it('glue on no word that follows a whole link, and nothing that does not complete a damaged one', () => {
    expect(findReceiptTokens(`${link(ana)}\nthanks\nAna`)).toEqual([ana]);
    expect(findReceiptTokens(`${link(ana)} Sent from my phone`)).toEqual([ana]);
    const damaged = ana.slice(0, 300);
    expect(findReceiptTokens(`${link(damaged)}\nthanks\n${link(ben)}`)).toEqual([damaged, ben]);
  });

  it('put a compressed link of a QR code back together too, and never take the next one into it', async () => {
    const packed = await encodeCompressedReceipt(makeReceipt(receiptFor('Ana Lopez')));
    const other = await encodeCompressedReceipt(makeReceipt(receiptFor('Ben Okafor')));
    expect(findReceiptTokens(quote(hardWrap(`${link(packed)}\nthanks`, 40), '> '))).toEqual([packed]);
    expect(findReceiptTokens(hardWrap(`${packed}\n${other}\n${ana}`, 30))).toEqual([packed, other, ana]);
    // Its stated length decides: a word of any other length is not part of it.
    expect(findReceiptTokens(`${packed.slice(0, -4)}\nthanks`)).toEqual([packed.slice(0, -4)]);
  });

  it('leave alone what only looks like the start of one', () => {
    expect(findReceiptTokens('see chapter r1.2 and\nr2.5 of the handbook')).toEqual([]);
  });
});

describe('result links found a slice at a time', () => {
  it('are the same links, put back together the same way, as when the whole paste is read at once', async () => {
    const packed = await encodeCompressedReceipt(makeReceipt(receiptFor('Ana Lopez')));
    const emails = [
      hardWrap(`Hi Ms. K,\nhere is my result: ${link(ana)}\nthanks,\nAna`, 76),
      `On Monday Ana wrote:\n${quote(hardWrap(`Here it is:\n${link(ana)}\n${link(ben)}\nAna`, 78), '>> ')}`,
      `${link(ana).slice(0, 50)} \n ${link(ana).slice(50)} \nBen`,
      `${link(ana.slice(0, 300))}\nthanks\n${link(ben)}`,
      hardWrap(`${packed}\n${ben}\n${ana}\n${packed.slice(0, -4)}\nthanks`, 30),
      'see chapter r1.2 and\nr2.5 of the handbook',
    ];
    for (const email of emails) {
      let pauses = 0;
      // A slice of no time at all pauses after every link: the most a split link can be cut apart.
      const found = await findReceiptTokensInSlices(email, async () => void pauses++, 0);
      expect(found).toEqual(findReceiptTokens(email));
      expect(pauses).toBe(found.length);
    }
  });

  it('pause between slices while a paste of hundreds is read, and find every link in it', async () => {
    const email = Array.from({ length: 300 }, (_, i) => link(i % 2 ? ana : ben)).join('\n');
    let pauses = 0;
    const found = await findReceiptTokensInSlices(email, async () => void pauses++, 0);
    expect(found).toHaveLength(300);
    expect(pauses).toBe(300);
    expect(await findReceiptTokensInSlices(email, async () => void pauses++, 60_000)).toEqual(found);
    expect(pauses).toBe(300);
  });
});
