import { assignmentPool, type Assignment } from '../assignment';
import { questionLookup } from '../content/refs';
import type { Quiz } from '../content/schema';
import { aiken, type AikenExport } from './aiken';
import { gift } from './gift';
import { htmlDocument } from './html';
import type { QuestionSet } from './items';
import { moodleXml } from './moodle';
import { LMS_FORMATS, type LmsFormat } from './formats';
import { cartridgePackage, qti12Package, qti3Package } from './packages';

export type { LmsQuestion, QuestionSet } from './items';
export { LMS_FORMATS, isLmsFormat, type LmsFormat } from './formats';

export interface LmsFile {
  name: string;
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** Questions the format could not hold (only Aiken leaves any out), with the reason. */
  left: AikenExport['left'];
}

/** One question set in one format, as the file a teacher downloads or the command writes. */
export function lmsFile(format: LmsFormat, set: QuestionSet): LmsFile {
  const { extension, type } = LMS_FORMATS[format];
  const file = (bytes: Uint8Array<ArrayBuffer>, left: LmsFile['left'] = []) => ({
    name: `${set.id}${extension}`,
    type,
    bytes,
    left,
  });
  const text = (content: string) => new TextEncoder().encode(content);
  switch (format) {
    case 'qti12':
      return file(qti12Package(set));
    case 'cc':
      return file(cartridgePackage(set));
    case 'qti3':
      return file(qti3Package(set));
    case 'moodle':
      return file(text(moodleXml(set)));
    case 'gift':
      return file(text(gift(set)));
    case 'aiken': {
      const exported = aiken(set);
      return file(text(exported.text), exported.left);
    }
    case 'html':
      return file(text(htmlDocument(set)));
  }
}

/** A quiz as a question set. */
export function quizSet(quiz: Quiz): QuestionSet {
  return {
    id: quiz.id,
    title: quiz.title,
    questions: quiz.questions.map((question) => ({ quizId: quiz.id, question })),
  };
}

/** An assignment's questions as a question set: every question it may draw from, in its order. */
export function assignmentSet(assignment: Assignment, quizzes: readonly Quiz[]): QuestionSet | null {
  const pool = assignmentPool(assignment, quizzes);
  if (!pool.ok) return null;
  const lookup = questionLookup(quizzes);
  return {
    id: `sourcecheck-${assignment.id}`,
    title: assignment.title ?? 'SourceCheck assignment',
    questions: pool.value.flatMap((ref) => {
      const question = lookup.get(ref);
      return question ? [{ quizId: ref.slice(0, ref.indexOf('/')), question }] : [];
    }),
  };
}
