import { itemIdent, itemTitle, type QuestionSet } from './items';

export interface AikenExport {
  text: string;
  /** The questions Aiken cannot hold, each with the reason, to tell the teacher. */
  left: { ident: string; title: string; reason: string }[];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Lines Moodle's Aiken reader would take for a choice or the key, wherever they stand. */
const AIKEN_MARKER = /^(?:[A-Z][.)]\s|ANSWER:)/;

/**
 * Aiken: a prompt, lettered choices and the key, one line each. It has no feedback, no select-all and no line
 * breaks, so select-all questions, and text with a line break or that reads like a choice, are left out and named.
 */
export function aiken(set: QuestionSet): AikenExport {
  const left: AikenExport['left'] = [];
  const blocks: string[] = [];
  for (const entry of set.questions) {
    const { question } = entry;
    const texts = [question.prompt, ...question.choices.map((c) => c.text)];
    const reason =
      question.type === 'multi'
        ? 'Aiken has no select-all questions'
        : texts.some((t) => /[\r\n]/.test(t))
          ? 'Aiken cannot hold a line break'
          : AIKEN_MARKER.test(question.prompt)
            ? 'the prompt starts like an Aiken choice or key'
            : null;
    if (reason) {
      left.push({ ident: itemIdent(entry), title: itemTitle(question), reason });
      continue;
    }
    const key = LETTERS[question.choices.findIndex((c) => c.id === question.answer[0])];
    blocks.push(
      [question.prompt, ...question.choices.map((c, i) => `${LETTERS[i]}. ${c.text}`), `ANSWER: ${key}`].join('\n'),
    );
  }
  return { text: blocks.length ? `${blocks.join('\n\n')}\n` : '', left };
}
