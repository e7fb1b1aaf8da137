import { feedbackOf, feedbackText, itemTitle, moodleFractions, verdict, type QuestionSet } from './items';

/** GIFT's own characters take a backslash, and a line break is written `\n`, so a question stays in one block. */
export function giftText(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, '\\n');
}

/**
 * GIFT, Moodle's plain-text format, marked [plain] so that Moodle shows `<` and `&` as written instead of as HTML.
 * A choice is written with its weight when it is on a select-all question, or when its words start with `%`,
 * which GIFT would otherwise read as the start of a weight.
 */
export function gift(set: QuestionSet): string {
  const blocks = set.questions.map((entry) => {
    const { question } = entry;
    const feedback = feedbackOf(question);
    const fractions = moodleFractions(question);
    const multi = question.type === 'multi';
    const choices = question.choices.map((c) => {
      const right = question.answer.includes(c.id);
      const weighted = multi || c.text.startsWith('%');
      const mark = multi ? '~' : right ? '=' : '~';
      const weight = weighted ? `%${right ? fractions.right : fractions.wrong}%` : '';
      return `${mark}${weight}${giftText(c.text)}#${giftText(`${verdict(right)} ${feedbackText(feedback)}`)}`;
    });
    return [
      `::${giftText(itemTitle(question))}::[plain]${giftText(question.prompt)}{`,
      ...choices,
      `####${giftText(feedbackText(feedback))}`,
      `}`,
    ].join('\n');
  });
  return `// ${set.title.replace(/\s+/g, ' ')} (SourceCheck)\n\n${blocks.join('\n\n')}\n`;
}
