import { z } from 'zod';
import { glossaryForms, glossaryTermsIn } from '../glossary';
import { choiceProblems, duplicatesOf, sameSet, type Problem } from './choiceRules';
import { SOURCE_IDS, type SourceId } from './sources';
import { QUOTE_SPEAKERS, SPEAKER_IDS } from './speakers';
import { findQuoteParagraph, foldForComparison, occurrences, quotedRanges, quotedSpans, type Quoted } from './text';

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');
const Text = (max: number) => z.string().trim().min(1).max(max);

export const QUESTION_TYPES = ['single', 'true-false', 'multi', 'speaker', 'evidence'] as const;
export const LEVELS = ['intro', 'core', 'challenge'] as const;

export const ChoiceSchema = z.object({ id: Slug, text: Text(300) });

export const QuoteSchema = z.object({
  text: Text(1200),
  sourceId: z.enum(SOURCE_IDS),
  speaker: z.enum(QUOTE_SPEAKERS),
  paragraph: z.number().int().positive(),
});

/** One item of a list the quote enumerates: its exact words in the quote, and the choice that offers it. */
export const ListItemSchema = z.object({ choice: Slug, words: Text(300) });

export const QuestionSchema = z
  .object({
    id: Slug,
    type: z.enum(QUESTION_TYPES),
    prompt: Text(600),
    choices: z.array(ChoiceSchema).min(2).max(8),
    answer: z.array(Slug).min(1),
    explanation: Text(1200),
    quote: QuoteSchema,
    /**
     * A select-all question about a list in the source names the whole list here, item by item: every item is
     * offered as a choice and keyed, nothing else is keyed, and the items stand in the quote with nothing but
     * commas, "and" and "or" between them, so an item left out between two others cannot go unnoticed.
     */
    list: z.array(ListItemSchema).min(2).optional(),
    claims: z.array(Slug).min(1),
  })
  .superRefine((question, ctx) => {
    const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    choiceProblems(question, bankSpeakerProblems).forEach(({ path, message }) => fail(path, message));
    if (question.list) listProblems(question).forEach(([path, message]) => fail(path, message));
  });

/**
 * A bank speaker question offers the bank's speakers, and its key is who speaks in the quote, or, for Trump's claims
 * that reach the source only as NPR's narration, Trump: anything else would tell the student one speaker while the
 * quote's caption names another.
 */
function bankSpeakerProblems(
  question: { answer: string[]; quote: { speaker: string } },
  choiceIds: string[],
): Problem[] {
  const problems: Problem[] = choiceIds.flatMap((id, i) =>
    (SPEAKER_IDS as readonly string[]).includes(id)
      ? []
      : [{ path: ['choices', i, 'id'], message: `a speaker choice id is one of ${SPEAKER_IDS.join(', ')}` }],
  );
  const [key] = question.answer;
  const speaker = question.quote.speaker;
  if (key !== undefined && key !== speaker && !(key === 'trump' && speaker === 'npr')) {
    problems.push({
      path: ['answer'],
      message: `the quote's words are ${speaker}'s, so the right answer is "${speaker}"`,
    });
  }
  return problems;
}

/** Commas, "and", "or" and spaces at either end of the words between two list items. */
const LIST_EDGES = /^(?:[\s,;]|and\b|or\b)+|(?:[\s,;]|\band|\bor)+$/g;

/**
 * What is wrong with a question's list: an item not in the quote, an item not offered, a key the list does not
 * support, an item of the source's list skipped between two named ones.
 */
function listProblems(question: {
  type: string;
  choices: { id: string; text: string }[];
  answer: string[];
  quote: { text: string };
  list?: { choice: string; words: string }[];
}): [(string | number)[], string][] {
  const list = question.list ?? [];
  const problems: [(string | number)[], string][] = [];
  if (question.type !== 'multi') {
    return [[['list'], 'only a multi (select all that apply) question can ask about a list']];
  }
  const quote = foldForComparison(question.quote.text);
  const choiceIds = question.choices.map((c) => c.id);
  const placed: { start: number; end: number; words: string }[] = [];
  list.forEach((item, i) => {
    const words = foldForComparison(item.words);
    const start = quote.indexOf(words);
    if (start === -1) problems.push([['list', i, 'words'], `"${item.words}" is not in the quote's words`]);
    else placed.push({ start, end: start + words.length, words: item.words });
    if (!choiceIds.includes(item.choice)) {
      problems.push([
        ['list', i, 'choice'],
        `the source lists "${item.words}" but no choice offers it ("${item.choice}" is not a choice id)`,
      ]);
    } else if (!question.answer.includes(item.choice)) {
      problems.push([['answer'], `the source lists "${item.words}" but its choice "${item.choice}" is not keyed`]);
    }
  });
  duplicatesOf(list.map((item) => item.choice)).forEach((id) =>
    problems.push([['list'], `choice "${id}" stands for two items of the list`]),
  );
  question.answer.forEach((id, i) => {
    if (!list.some((item) => item.choice === id)) {
      problems.push([['answer', i], `"${id}" is keyed but is not an item of the list the quote gives`]);
    }
  });
  placed.sort((a, b) => a.start - b.start);
  placed.slice(1).forEach((item, i) => {
    const before = placed[i]!;
    const between = quote.slice(before.end, item.start);
    if (item.start < before.end) {
      problems.push([['list'], `"${before.words}" and "${item.words}" overlap in the quote`]);
    } else if (!/^(?:[\s,;]|\band\b|\bor\b)*$/.test(between)) {
      problems.push([
        ['list'],
        `the quote's list goes on between "${before.words}" and "${item.words}": "${between.replace(LIST_EDGES, '')}" is an item too; offer it as a choice and add it to the list`,
      ]);
    }
  });
  return problems;
}

export const QuizSchema = z
  .object({
    /** Where an editor finds quizzes/quiz.schema.json, to check a file as it is typed. */
    $schema: z.string().optional(),
    id: Slug,
    title: Text(120),
    summary: Text(400),
    topic: Text(60),
    level: z.enum(LEVELS),
    questions: z.array(QuestionSchema).min(1),
  })
  .superRefine((quiz, ctx) => {
    duplicatesOf(quiz.questions.map((q) => q.id)).forEach((id) =>
      ctx.addIssue({ code: 'custom', path: ['questions'], message: `question id "${id}" is used twice` }),
    );
  });

export const ClaimSchema = z.object({
  id: Slug,
  summary: Text(400),
  speaker: z.enum(SPEAKER_IDS),
  paragraphs: z.array(z.number().int().positive()).min(1),
});
export const ClaimsSchema = z.array(ClaimSchema).superRefine((claims, ctx) => {
  duplicatesOf(claims.map((c) => c.id)).forEach((id) =>
    ctx.addIssue({ code: 'custom', path: [], message: `claim id "${id}" is used twice` }),
  );
});

/**
 * One hard word of the article explained: the term, the other forms it takes in the text ("proxies"), a
 * definition in plain words for a 14-year-old, and the paragraphs of the source that use it.
 */
export const GlossaryEntrySchema = z.object({
  id: Slug,
  term: Text(60),
  also: z.array(Text(80)),
  definition: Text(400),
  sourceId: z.enum(SOURCE_IDS),
  paragraphs: z.array(z.number().int().positive()).min(1),
});

/**
 * The glossary, checked against the source: each entry's paragraphs are exactly those where the matcher that
 * marks it on the page finds it, so "where the article uses it" is never stale and never a guess.
 */
export function glossaryFileSchema(sourceParagraphs: Record<string, string[]>) {
  return z.array(GlossaryEntrySchema).superRefine((entries, ctx) => {
    const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    duplicatesOf(entries.map((e) => e.id)).forEach((id) => fail([], `glossary id "${id}" is used twice`));
    duplicatesOf(entries.flatMap((e) => glossaryForms(e).forms.map((f) => f.toLowerCase()))).forEach((form) =>
      fail([], `"${form}" is a form of two glossary entries`),
    );
    entries.forEach((entry, i) => {
      const paragraphs = sourceParagraphs[entry.sourceId] ?? [];
      const uses = paragraphs.flatMap((text, p) =>
        glossaryTermsIn([text], [glossaryForms(entry)]).length ? [p + 1] : [],
      );
      if (!sameSet(uses.map(String), entry.paragraphs.map(String))) {
        fail(
          [i, 'paragraphs'],
          `"${entry.term}" stands in paragraphs ${uses.join(', ') || 'none'} of "${entry.sourceId}", not ${entry.paragraphs.join(', ')}`,
        );
      }
    });
  });
}

/**
 * Who speaks in a passage of a source, where it is not NPR's narration: the report's quoted words, officials as NPR
 * paraphrases them, and the claims NPR passes on without making them.
 */
export const PASSAGE_SPEAKERS = ['report', 'us-officials', 'election-officials', 'claim'] as const;

export const PassageSchema = z.object({
  paragraph: z.number().int().positive(),
  speaker: z.enum(PASSAGE_SPEAKERS),
  text: Text(1200),
});

/**
 * Each source's passages, checked by the rules a quote's speaker keeps: the report only inside quotation marks,
 * officials only where the sentence names them, a claim only outside quotation marks where the sentence calls it
 * one. And every word inside quotation marks belongs to a passage, so none is ever shown as NPR's narration.
 */
export function passagesFileSchema(sourceParagraphs: Record<string, string[]>) {
  return z.partialRecord(z.enum(SOURCE_IDS), z.array(PassageSchema)).superRefine((file, ctx) => {
    for (const [sourceId, passages] of Object.entries(file) as [SourceId, Passage[]][]) {
      const paragraphs = sourceParagraphs[sourceId] ?? [];
      const fail = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path: [sourceId, ...path], message });
      passages.forEach((passage, i) => {
        const paragraph = paragraphs[passage.paragraph - 1] ?? '';
        const at = paragraph.indexOf(passage.text);
        if (at === -1 || paragraph.indexOf(passage.text, at + 1) !== -1) {
          fail([i, 'text'], `does not stand exactly once, character for character, in paragraph ${passage.paragraph}`);
          return;
        }
        const problems =
          passage.speaker === 'claim'
            ? claimProblems(paragraph, passage.text)
            : groundingProblems({ ...passage, sourceId, speaker: passage.speaker }, sourceParagraphs);
        problems.forEach(([field, message]) => fail([i, field], message));
      });
      paragraphs.forEach((paragraph, p) => {
        const folded = foldForComparison(paragraph);
        const marked = passages
          .filter((passage) => passage.paragraph === p + 1)
          .map((passage): [number, number] => {
            const start = folded.indexOf(foldForComparison(passage.text));
            return [start, start + foldForComparison(passage.text).length];
          })
          .sort(([a], [b]) => a - b);
        marked.forEach(([start], k) => {
          if (k > 0 && start < (marked[k - 1]?.[1] ?? 0)) fail([], `two passages of paragraph ${p + 1} overlap`);
        });
        for (const [start, end] of quotedRanges(folded)) {
          if (!marked.some(([from, to]) => from < start && end < to)) {
            fail(
              [],
              `paragraph ${p + 1} quotes "${folded.slice(start, end)}" and no passage says whose words they are`,
            );
          }
        }
      });
    }
  });
}

function claimProblems(paragraph: string, text: string): [string, string][] {
  const folded = foldForComparison(text);
  if (occurrences(foldForComparison(paragraph), folded).some((quoted) => quoted !== 'none')) {
    return [['text', "a claim NPR reports is NPR's narration, outside quotation marks"]];
  }
  return /claim/.test(attributingSentence(paragraph, folded))
    ? []
    : [['text', 'the sentence that holds this claim does not call it one']];
}

/** The quiz file format as JSON Schema, for editors; the rules that need the source text run only in the tests and the build. */
export function quizJsonSchema() {
  return { ...z.toJSONSchema(QuizSchema, { io: 'input', unrepresentable: 'any' }), title: 'A SourceCheck quiz file' };
}

export type Choice = z.infer<typeof ChoiceSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type Quiz = z.infer<typeof QuizSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
export type Passage = z.infer<typeof PassageSchema>;
export type PassageSpeaker = Passage['speaker'];

export interface ContentContext {
  /** The quiz file's name without `.json`: it must equal the quiz id, which is its URL. */
  fileId: string;
  /** Each source's paragraphs, numbered from 1 as the reader shows them. */
  sourceParagraphs: Record<string, string[]>;
  claimIds: readonly string[];
}

/**
 * The quiz schema plus the rules that need the world around one file: the quote stands
 * verbatim in the paragraph it names, its speaker is who speaks in those words, and the
 * claims it tests are in the registry.
 */
export function quizFileSchema(context: ContentContext) {
  return QuizSchema.superRefine((quiz, ctx) => {
    if (quiz.id !== context.fileId) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `the id "${quiz.id}" must equal the file name "${context.fileId}"`,
      });
    }
    quiz.questions.forEach((question, qi) => {
      const fail = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path: ['questions', qi, ...path], message });
      question.claims.forEach((claim, ci) => {
        if (!context.claimIds.includes(claim)) fail(['claims', ci], `claim "${claim}" is not in quizzes/claims.json`);
      });
      quotedPhrases(question.explanation).forEach((phrase) => {
        const paragraphs = context.sourceParagraphs[question.quote.sourceId] ?? [];
        if (findQuoteParagraph(paragraphs, phrase) === 0) {
          fail(
            ['explanation'],
            `the quoted words "${phrase}" are not in the source: put our own words outside quotation marks`,
          );
        }
      });
      groundingProblems(question.quote, context.sourceParagraphs).forEach(([field, message]) =>
        fail(['quote', field], message),
      );
    });
  });
}

/** What is wrong with a quote against its source, field by field: its words, its paragraph, its speaker. */
export function groundingProblems(quote: Quote, sourceParagraphs: Record<string, string[]>): [string, string][] {
  // No words, nothing to ground: the text's own rule says it is empty (and "" stands everywhere, endlessly).
  if (foldForComparison(quote.text).replace(/^"|"$/g, '') === '') return [];
  const paragraphs = sourceParagraphs[quote.sourceId];
  if (!paragraphs) return [['sourceId', `no text for source "${quote.sourceId}"`]];
  const found = findQuoteParagraph(paragraphs, quote.text);
  if (found === 0) return [['text', `not found verbatim in source "${quote.sourceId}"`]];
  const paragraph = paragraphs[quote.paragraph - 1];
  if (paragraph === undefined || !foldForComparison(paragraph).includes(foldForComparison(quote.text))) {
    return [['paragraph', `the quote is in paragraph ${found}, not ${quote.paragraph}`]];
  }
  const text = foldForComparison(quote.text).replace(/^"|"$/g, '');
  const quoted = new Set(occurrences(foldForComparison(paragraph), text));
  if (quoted.size > 1) {
    return [['speaker', 'these words stand both inside and outside quotation marks: quote enough to tell which']];
  }
  const problem = speakerProblem(quote.speaker, [...quoted][0] ?? 'none', attributingSentence(paragraph, text));
  return problem ? [['speaker', problem]] : [];
}

/** Officials speak only through NPR's paraphrase, so the sentence that holds their words must name them. */
const ATTRIBUTION_CUES = {
  'us-officials': { cue: /officials say/, who: 'U.S. officials' },
  'election-officials': { cue: /election officials/, who: 'U.S. election officials' },
} as const;

function speakerProblem(speaker: Quote['speaker'], quoted: Quoted, sentence: string): string | null {
  if (quoted === 'part') {
    return "part of these words stands inside quotation marks: quote the report's words or the narrator's, not both";
  }
  if (speaker === 'report') {
    return quoted === 'all' ? null : "the report speaks only inside quotation marks: these words are NPR's narration";
  }
  if (quoted === 'all') return "these words stand inside quotation marks: they are the report's, not the narrator's";
  if (speaker === 'npr') return null;
  const { cue, who } = ATTRIBUTION_CUES[speaker];
  return cue.test(sentence) ? null : `the sentence that holds these words does not attribute them to ${who}`;
}

/** From the start of the sentence a quote begins in, through the end of the quote. */
function attributingSentence(paragraph: string, quote: string): string {
  const folded = foldForComparison(paragraph);
  const start = folded.indexOf(quote);
  const sentenceStart = Math.max(folded.lastIndexOf('. ', start), folded.lastIndexOf('." ', start)) + 1;
  return folded.slice(sentenceStart, start + quote.length);
}

function quotedPhrases(text: string): string[] {
  return quotedSpans(text).filter((phrase) => phrase.trim().length > 0);
}

/** One line per problem, naming the file, the question and the field, so an author can fix it without a debugger. */
export function describeIssues(fileName: string, raw: unknown, issues: z.core.$ZodIssue[]): string {
  const questions = (raw as { questions?: { id?: unknown }[] } | null)?.questions;
  return issues
    .map((issue) => {
      const [head, index, ...rest] = issue.path;
      if (head === 'questions' && typeof index === 'number') {
        const id = questions?.[index]?.id;
        const name = typeof id === 'string' ? `question "${id}"` : `question #${index + 1}`;
        return `${fileName}: ${name}: ${rest.join('.') || '(question)'}: ${issue.message}`;
      }
      return `${fileName}: ${issue.path.join('.') || '(file)'}: ${issue.message}`;
    })
    .join('\n');
}
