import { PROGRESS_KEY } from '@/lib/progress/schema';
import { createProgressStore } from '@/store/progress';

function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

const NOW = 1_700_000_000_000;
const QUIZ = { in: 'quizzes', key: 'quiz' } as const;
const VOTE = { in: 'quizzes', key: 'the-vote-itself' } as const;

async function openStore(backing: Storage) {
  const store = createProgressStore(
    () => backing,
    () => NOW,
  );
  await store.persist.rehydrate();
  return store;
}

/** What version 1 saved: self-study only. */
const savedVersion1 = {
  state: {
    quizzes: {
      'the-vote-itself': {
        current: {
          kind: 'full',
          questionIds: ['q1', 'q2'],
          position: 1,
          answers: { q1: { choiceIds: ['false'], correct: true } },
          startedAt: 1,
        },
        finished: [],
      },
    },
  },
  version: 1,
};

describe('the progress store', () => {
  it('saves a student’s answers and brings them back in a new session', async () => {
    const backing = memoryStorage();
    const first = await openStore(backing);
    const { start, answer, next } = first.getState().actions;
    start(QUIZ, 'full', ['q1', 'q2'], 10);
    answer(QUIZ, 'q1', { choiceIds: ['a'], correct: true });
    next(QUIZ);

    const second = await openStore(backing);
    expect(second.getState().quizzes.quiz?.current).toMatchObject({ position: 1, answers: { q1: { correct: true } } });
    expect(second.getState().storageProblem).toBeNull();
  });

  it('keeps finished attempts and clears the one in progress on finish', async () => {
    const store = await openStore(memoryStorage());
    const { start, answer, finish } = store.getState().actions;
    start(QUIZ, 'full', ['q1'], 10);
    answer(QUIZ, 'q1', { choiceIds: ['a'], correct: false });
    finish(QUIZ, 20);
    expect(store.getState().quizzes.quiz).toEqual({
      current: null,
      finished: [
        {
          kind: 'full',
          questionIds: ['q1'],
          answers: { q1: { choiceIds: ['a'], correct: false } },
          startedAt: 10,
          finishedAt: 20,
        },
      ],
    });
  });

  it('saves only progress, never notices or actions', async () => {
    const backing = memoryStorage();
    const store = await openStore(backing);
    store.getState().actions.start(QUIZ, 'full', ['q1'], 10);
    expect(Object.keys(JSON.parse(backing.getItem(PROGRESS_KEY)!).state).sort()).toEqual([
      'assignments',
      'quizzes',
      'studentName',
    ]);
  });

  it.each([
    ['is not JSON', '{"state": {"quizzes": ', 'it is not valid JSON'],
    ['is not in the saved format', '"hello"', 'it is not in the format SourceCheck saves'],
    [
      'has the wrong shape',
      JSON.stringify({ state: { quizzes: { x: { current: 'oops' } } }, version: 1 }),
      'it does not match the shape SourceCheck saves',
    ],
    [
      'comes from a newer version',
      JSON.stringify({ ...savedVersion1, version: 99 }),
      'it was saved by a newer version of SourceCheck',
    ],
  ])('keeps a value that %s under a backup key, says so, and starts afresh', async (_case, raw, reason) => {
    const backing = memoryStorage({ [PROGRESS_KEY]: raw });
    const store = await openStore(backing);
    const backupKey = `${PROGRESS_KEY}-backup-${NOW}`;
    expect(backing.getItem(backupKey)).toBe(raw);
    expect(store.getState().storageProblem).toEqual({ reason, backupKey });
    expect(store.getState().quizzes).toEqual({});
    expect(store.persist.hasHydrated()).toBe(true);

    store.getState().actions.start(QUIZ, 'full', ['q1'], 10);
    expect(backing.getItem(backupKey)).toBe(raw);
  });

  it('migrates a version 1 save to version 2 without losing an attempt in progress', async () => {
    const backing = memoryStorage({ [PROGRESS_KEY]: JSON.stringify(savedVersion1) });
    const store = await openStore(backing);
    expect(store.getState().storageProblem).toBeNull();
    expect(store.getState().quizzes['the-vote-itself']?.current?.position).toBe(1);
    expect(JSON.parse(backing.getItem(PROGRESS_KEY)!)).toEqual({
      state: { ...savedVersion1.state, assignments: {}, studentName: '' },
      version: 2,
    });
  });

  it('keeps an assignment attempt apart from self-study on the same quiz', async () => {
    const store = await openStore(memoryStorage());
    const { start, answer } = store.getState().actions;
    const assignment = { in: 'assignments', key: 'k3x9mp2a/ana' } as const;
    start(assignment, 'full', ['the-vote-itself/q1'], 10);
    answer(assignment, 'the-vote-itself/q1', { choiceIds: ['a'], correct: true });
    expect(store.getState().quizzes).toEqual({});
    expect(store.getState().assignments['k3x9mp2a/ana']?.current?.answers).toEqual({
      'the-vote-itself/q1': { choiceIds: ['a'], correct: true },
    });
  });

  it('tells the student when a quiz changed under an attempt, keeping the answers that still fit', async () => {
    const store = await openStore(memoryStorage({ [PROGRESS_KEY]: JSON.stringify(savedVersion1) }));
    store.getState().actions.reconcile(VOTE, ['q2', 'q3']);
    const state = store.getState();
    expect(state.quizzes['the-vote-itself']?.current).toMatchObject({
      questionIds: ['q2', 'q3'],
      position: 0,
      answers: {},
    });
    expect(state.notices['quizzes/the-vote-itself']).toMatch(/1 question removed, 1 added/);
  });

  it('resets every quiz on request', async () => {
    const store = await openStore(memoryStorage({ [PROGRESS_KEY]: JSON.stringify(savedVersion1) }));
    store.getState().actions.resetProgress();
    expect(store.getState().quizzes).toEqual({});
  });
});
