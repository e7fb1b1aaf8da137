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

async function openStore(backing: Storage) {
  const store = createProgressStore(
    () => backing,
    () => NOW,
  );
  await store.persist.rehydrate();
  return store;
}

const savedProgress = {
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
    start('quiz', 'full', ['q1', 'q2'], 10);
    answer('quiz', 'q1', { choiceIds: ['a'], correct: true });
    next('quiz');

    const second = await openStore(backing);
    expect(second.getState().quizzes.quiz?.current).toMatchObject({ position: 1, answers: { q1: { correct: true } } });
    expect(second.getState().storageProblem).toBeNull();
  });

  it('keeps finished attempts and clears the one in progress on finish', async () => {
    const store = await openStore(memoryStorage());
    const { start, answer, finish } = store.getState().actions;
    start('quiz', 'full', ['q1'], 10);
    answer('quiz', 'q1', { choiceIds: ['a'], correct: false });
    finish('quiz', 20);
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
    store.getState().actions.start('quiz', 'full', ['q1'], 10);
    expect(Object.keys(JSON.parse(backing.getItem(PROGRESS_KEY)!).state)).toEqual(['quizzes']);
  });

  it.each([
    ['is not JSON', '{"state": {"quizzes": ', 'it is not valid JSON'],
    ['is not in the saved format', '"hello"', 'it is not in the format SourceCheck saves'],
    [
      'has the wrong shape',
      JSON.stringify({ state: { quizzes: { x: { current: 'oops' } } }, version: 1 }),
      'it does not match the shape of SourceCheck progress',
    ],
    [
      'comes from a newer version',
      JSON.stringify({ ...savedProgress, version: 99 }),
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

    store.getState().actions.start('quiz', 'full', ['q1'], 10);
    expect(backing.getItem(backupKey)).toBe(raw);
  });

  it('migrates an older saved version through validation instead of discarding it', async () => {
    const backing = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ ...savedProgress, version: 0 }) });
    const store = await openStore(backing);
    expect(store.getState().quizzes['the-vote-itself']?.current?.position).toBe(1);
    expect(JSON.parse(backing.getItem(PROGRESS_KEY)!).version).toBe(1);
  });

  it('tells the student when a quiz changed under an attempt, keeping the answers that still fit', async () => {
    const store = await openStore(memoryStorage({ [PROGRESS_KEY]: JSON.stringify(savedProgress) }));
    store.getState().actions.reconcile('the-vote-itself', ['q2', 'q3']);
    const state = store.getState();
    expect(state.quizzes['the-vote-itself']?.current).toMatchObject({
      questionIds: ['q2', 'q3'],
      position: 0,
      answers: {},
    });
    expect(state.quizNotices['the-vote-itself']).toMatch(/1 question removed, 1 added/);
  });

  it('resets every quiz on request', async () => {
    const store = await openStore(memoryStorage({ [PROGRESS_KEY]: JSON.stringify(savedProgress) }));
    store.getState().actions.resetProgress();
    expect(store.getState().quizzes).toEqual({});
  });
});
