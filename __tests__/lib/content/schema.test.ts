/**
 * @jest-environment node
 */
import { describeIssues, quizFileSchema, type Question } from '@/lib/content/schema';
import { loadSourceParagraphs } from '@/lib/content/load';
import { makeQuestion, makeQuiz, SOURCE_ID } from '../../fixtures';

const context = {
  fileId: 'china-and-iran',
  sourceParagraphs: { [SOURCE_ID]: loadSourceParagraphs(SOURCE_ID) },
  claimIds: ['china-did-not-deploy'],
};

function problemsWith(question: Question, fileId = context.fileId): string {
  const quiz = makeQuiz([question]);
  const parsed = quizFileSchema({ ...context, fileId }).safeParse(quiz);
  return parsed.success ? '' : describeIssues(`quizzes/${fileId}.json`, quiz, parsed.error.issues);
}

describe('the quiz file schema', () => {
  it('accepts a question whose quote stands word for word in the paragraph it names', () => {
    expect(problemsWith(makeQuestion())).toBe('');
  });

  it('accepts typographic quote marks and different line breaks in a quote', () => {
    const quote = {
      ...makeQuestion().quote,
      text: 'We assess that China considered\n but did not  deploy influence efforts',
    };
    expect(problemsWith(makeQuestion({ quote }))).toBe('');
  });

  it('names the file, the question and the field when a quote is not verbatim', () => {
    const quote = { ...makeQuestion().quote, text: 'We assess that China never considered influence efforts' };
    expect(problemsWith(makeQuestion({ quote }))).toBe(
      `quizzes/china-and-iran.json: question "china-did-not-deploy": quote.text: not found verbatim in source "${SOURCE_ID}"`,
    );
  });

  it('says which paragraph a quote is really in', () => {
    const quote = { ...makeQuestion().quote, paragraph: 14 };
    expect(problemsWith(makeQuestion({ quote }))).toMatch(/quote\.paragraph: the quote is in paragraph 15, not 14/);
  });

  it("rejects the report as speaker of NPR's narration", () => {
    const quote = {
      ...makeQuestion().quote,
      text: 'the intelligence report says China chose not to get directly involved in the U.S. election',
      paragraph: 14,
    };
    expect(problemsWith(makeQuestion({ quote }))).toMatch(
      /quote\.speaker: the report speaks only inside quotation marks/,
    );
    expect(problemsWith(makeQuestion({ quote: { ...quote, speaker: 'npr' } }))).toBe('');
  });

  it('keys a speaker question to the quote’s own speaker, or to Trump for a claim in NPR’s narration', () => {
    const speakers = [
      { id: 'npr', text: 'NPR' },
      { id: 'report', text: 'The ODNI report' },
      { id: 'trump', text: 'Trump and his supporters' },
    ];
    const asked = (answer: string, speaker: 'report' | 'npr', text: string, paragraph: number) =>
      problemsWith(
        makeQuestion({
          type: 'speaker',
          choices: speakers,
          answer: [answer],
          quote: { ...makeQuestion().quote, speaker, text, paragraph },
        }),
      );
    const claim = 'He made the counter-claim that China was making a major push to support Biden.';
    expect(asked('trump', 'npr', claim, 13)).toBe('');
    expect(asked('npr', 'npr', claim, 13)).toBe('');
    expect(asked('trump', 'report', makeQuestion().quote.text, 15)).toMatch(
      /answer: the quote's words are report's, so the right answer is "report"/,
    );
  });

  it("rejects NPR as speaker of the report's quoted words", () => {
    const quote = { ...makeQuestion().quote, speaker: 'npr' as const };
    expect(problemsWith(makeQuestion({ quote }))).toMatch(/quote\.speaker: .*they are the report's/);
  });

  it("rejects one speaker for words that run from NPR's narration into the report's quoted words", () => {
    const quote = {
      ...makeQuestion().quote,
      text: 'The report named Ukrainian legislator Andrii Derkach as someone who "played a prominent role',
      paragraph: 20,
      speaker: 'npr' as const,
    };
    expect(problemsWith(makeQuestion({ quote }))).toMatch(/quote\.speaker: part of these words stands inside/);
    expect(problemsWith(makeQuestion({ quote: { ...quote, speaker: 'report' } }))).toMatch(
      /quote\.speaker: part of these words stands inside/,
    );
    const narration = { ...quote, text: 'The report named Ukrainian legislator Andrii Derkach' };
    expect(problemsWith(makeQuestion({ quote: narration }))).toBe('');
  });

  it('rejects words that stand both inside and outside quotation marks in their paragraph', () => {
    const quote = { ...makeQuestion().quote, text: 'President', paragraph: 6, speaker: 'npr' as const };
    expect(problemsWith(makeQuestion({ quote }))).toMatch(/quote\.speaker: these words stand both inside and outside/);
  });

  it('rejects officials as speakers of words their sentence does not attribute to them', () => {
    const quote = {
      ...makeQuestion().quote,
      text: 'the Russians attempted to influence the election on other fronts',
      paragraph: 18,
      speaker: 'us-officials' as const,
    };
    expect(problemsWith(makeQuestion({ quote }))).toMatch(/does not attribute them to U\.S\. officials/);

    const narration = {
      ...quote,
      text: 'there was no fraud from abroad either',
      paragraph: 10,
      speaker: 'election-officials' as const,
    };
    expect(problemsWith(makeQuestion({ quote: narration }))).toMatch(
      /does not attribute them to U\.S\. election officials/,
    );

    const paraphrase = { ...narration, text: "described last year's balloting as secure and free of fraud" };
    expect(problemsWith(makeQuestion({ quote: paraphrase }))).toBe('');
  });

  it('rejects an answer id that is not a choice', () => {
    expect(problemsWith(makeQuestion({ answer: ['maybe'] }))).toMatch(
      /answer\.0: "maybe" is not one of the choice ids/,
    );
  });

  it('rejects duplicate choices and all-of-the-above', () => {
    const choices = [
      { id: 'a', text: 'Deployed them' },
      { id: 'b', text: 'deployed  them' },
      { id: 'c', text: 'All of the above' },
    ];
    const problems = problemsWith(makeQuestion({ choices, answer: ['a'] }));
    expect(problems).toMatch(/choice text "deployed them" is used twice/);
    expect(problems).toMatch(/all\/none of the above/);
  });

  it('holds each question type to its shape', () => {
    expect(problemsWith(makeQuestion({ answer: ['deployed', 'considered'] }))).toMatch(/exactly one right choice/);
    expect(problemsWith(makeQuestion({ type: 'true-false', answer: ['considered'] }))).toMatch(
      /exactly the choices "true" and "false"/,
    );
    expect(problemsWith(makeQuestion({ type: 'evidence' }))).toMatch(/"finding" and "unsupported"/);
    expect(problemsWith(makeQuestion({ type: 'speaker' }))).toMatch(/a speaker choice id is one of/);
    expect(problemsWith(makeQuestion({ type: 'multi', answer: ['deployed', 'considered', 'never'] }))).toMatch(
      /cannot have every choice right/,
    );
  });

  it('rejects quoted words in an explanation that are not the source’s', () => {
    const explanation = 'The report calls it "a firm refusal to meddle".';
    expect(problemsWith(makeQuestion({ explanation }))).toMatch(
      /explanation: the quoted words "a firm refusal to meddle"/,
    );
    expect(
      problemsWith(makeQuestion({ explanation: 'The report says China “considered but did not deploy” them.' })),
    ).toBe('');
  });

  it('rejects a claim that is not in the registry', () => {
    expect(problemsWith(makeQuestion({ claims: ['made-up'] }))).toMatch(/claims\.0: claim "made-up" is not in/);
  });

  it('requires the file name to be the quiz id', () => {
    expect(problemsWith(makeQuestion(), 'china')).toMatch(
      /quizzes\/china\.json: id: the id "china-and-iran" must equal/,
    );
  });
});

describe('a select-all question about a list in the source', () => {
  const aims = {
    'denigrate-biden': "denigrating President Biden's candidacy and the Democratic Party",
    'support-trump': 'supporting Trump',
    'undermine-confidence': 'undermining public confidence in the electoral process',
    'exacerbate-divisions': 'exacerbating socio-political divisions in the U.S',
  };
  type Aim = keyof typeof aims;
  const allAims = Object.keys(aims) as Aim[];

  function aimsQuestion({
    offered = allAims,
    listed = allAims,
    keyed = listed,
  }: { offered?: Aim[]; listed?: Aim[]; keyed?: string[] } = {}): Question {
    return makeQuestion({
      id: 'putin-aims',
      type: 'multi',
      prompt: 'Which aims does the report list for the influence operations Putin authorized?',
      choices: [
        ...offered.map((id) => ({ id, text: aims[id] })),
        { id: 'alter-tabulation', text: 'Altering vote tabulation' },
      ],
      answer: keyed,
      list: listed.map((choice) => ({ choice, words: aims[choice] })),
      explanation: 'The report lists four aims.',
      quote: {
        text: `influence operations aimed at ${Object.values(aims).slice(0, 3).join(', ')} and ${aims['exacerbate-divisions']}`,
        sourceId: SOURCE_ID,
        speaker: 'report',
        paragraph: 6,
      },
    });
  }
  const withoutTrump = allAims.filter((id) => id !== 'support-trump');

  it('accepts a question that offers and keys every item the quote lists', () => {
    expect(problemsWith(aimsQuestion())).toBe('');
  });

  it('names the item an author left out of the list between two others', () => {
    expect(problemsWith(aimsQuestion({ offered: withoutTrump, listed: withoutTrump }))).toBe(
      'quizzes/china-and-iran.json: question "putin-aims": list: the quote\'s list goes on between ' +
        `"denigrating President Biden's candidacy and the Democratic Party" and "undermining public confidence in the ` +
        'electoral process": "supporting Trump" is an item too; offer it as a choice and add it to the list',
    );
  });

  it('rejects a listed item that no choice offers', () => {
    expect(problemsWith(aimsQuestion({ offered: withoutTrump, keyed: withoutTrump }))).toMatch(
      /list\.1\.choice: the source lists "supporting Trump" but no choice offers it/,
    );
  });

  it('rejects a listed item that is offered but not keyed', () => {
    expect(problemsWith(aimsQuestion({ keyed: withoutTrump }))).toMatch(
      /question "putin-aims": answer: the source lists "supporting Trump" but its choice "support-trump" is not keyed/,
    );
  });

  it('rejects a key that is not an item of the list', () => {
    expect(problemsWith(aimsQuestion({ keyed: [...allAims, 'alter-tabulation'] }))).toMatch(
      /answer\.4: "alter-tabulation" is keyed but is not an item of the list the quote gives/,
    );
  });

  it('rejects list words that are not in the quote', () => {
    const question = aimsQuestion();
    question.list![1] = { choice: 'support-trump', words: 'helping Trump' };
    expect(problemsWith(question)).toMatch(/list\.1\.words: "helping Trump" is not in the quote's words/);
  });

  it('allows a list only on a select-all question', () => {
    const question = { ...aimsQuestion(), type: 'single' as const, answer: ['support-trump'] };
    expect(problemsWith(question)).toMatch(
      /list: only a multi \(select all that apply\) question can ask about a list/,
    );
  });
});
