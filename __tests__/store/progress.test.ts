import { PROGRESS_KEY } from '@/lib/progress/constants';
import { createProgressStore, followOtherTabs } from '@/store/progress';
import { memoryStorage } from '@/scripts/memoryStorage';

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
    answer(QUIZ, 'q1', { choiceIds: ['a'], correct: true }, 20);
    next(QUIZ);

    const second = await openStore(backing);
    expect(second.getState().quizzes.quiz?.current).toMatchObject({ position: 1, answers: { q1: { correct: true } } });
    expect(second.getState().storageProblem).toBeNull();
  });

  it('keeps finished attempts and clears the one in progress on finish', async () => {
    const store = await openStore(memoryStorage());
    const { start, answer, finish } = store.getState().actions;
    start(QUIZ, 'full', ['q1'], 10);
    answer(QUIZ, 'q1', { choiceIds: ['a'], correct: false }, 20);
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
      'activeDays',
      'assignments',
      'quizzes',
      'review',
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

  it('migrates a version 1 save to the current version without losing an attempt in progress', async () => {
    const backing = memoryStorage({ [PROGRESS_KEY]: JSON.stringify(savedVersion1) });
    const store = await openStore(backing);
    expect(store.getState().storageProblem).toBeNull();
    expect(store.getState().quizzes['the-vote-itself']?.current?.position).toBe(1);
    expect(JSON.parse(backing.getItem(PROGRESS_KEY)!)).toEqual({
      state: { ...savedVersion1.state, assignments: {}, studentName: '', review: {}, activeDays: [] },
      version: 3,
    });
  });

  it('keeps an assignment attempt apart from self-study on the same quiz', async () => {
    const store = await openStore(memoryStorage());
    const { start, answer } = store.getState().actions;
    const assignment = { in: 'assignments', key: 'k3x9mp2a/ana' } as const;
    start(assignment, 'full', ['the-vote-itself/q1'], 10);
    answer(assignment, 'the-vote-itself/q1', { choiceIds: ['a'], correct: true }, 20);
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

  it('writes nothing to the device when a visit to a quiz finds nothing to change', async () => {
    const fresh = memoryStorage();
    (await openStore(fresh)).getState().actions.reconcile(VOTE, ['q1', 'q2']);
    expect(fresh.length).toBe(0);

    const returning = memoryStorage();
    (await openStore(returning)).getState().actions.start(VOTE, 'full', ['q1', 'q2'], NOW);
    const setItem = jest.spyOn(returning, 'setItem');
    const reopened = await openStore(returning);
    reopened.getState().actions.reconcile(VOTE, ['q1', 'q2']);
    expect(setItem).not.toHaveBeenCalled();
    expect(reopened.getState().quizzes['the-vote-itself']?.current?.questionIds).toEqual(['q1', 'q2']);
  });

  it('resets every quiz on request', async () => {
    const store = await openStore(memoryStorage({ [PROGRESS_KEY]: JSON.stringify(savedVersion1) }));
    store.getState().actions.resetProgress();
    expect(store.getState().quizzes).toEqual({});
  });
});

describe('review and practice days in the store', () => {
  const QUIZ = { in: 'quizzes', key: 'quiz' } as const;
  const T = Date.UTC(2026, 10, 25, 12);

  it('puts a wrong answer in any quiz or assignment into the review deck, and not a right one', async () => {
    const store = await openStore(memoryStorage());
    const { start, answer, next } = store.getState().actions;
    start(QUIZ, 'full', ['q1', 'q2'], T);
    answer(QUIZ, 'q1', { choiceIds: ['a'], correct: true }, T);
    next(QUIZ);
    answer(QUIZ, 'q2', { choiceIds: ['b'], correct: false }, T);
    const assignment = { in: 'assignments', key: 'k3x9mp2a/ana' } as const;
    start(assignment, 'full', ['other/q9'], T);
    answer(assignment, 'other/q9', { choiceIds: ['x'], correct: false }, T);

    expect(Object.keys(store.getState().review).sort()).toEqual(['other/q9', 'quiz/q2']);
    expect(store.getState().activeDays).toHaveLength(1);
  });

  it('rebuilds the deck from finished attempts when upgrading a version 2 save', async () => {
    const finished = {
      kind: 'full',
      questionIds: ['q1', 'q2'],
      answers: { q1: { choiceIds: ['a'], correct: false }, q2: { choiceIds: ['b'], correct: true } },
      startedAt: T - 1000,
      finishedAt: T,
    };
    const v2 = {
      state: { quizzes: { quiz: { current: null, finished: [finished] } }, assignments: {}, studentName: 'Ana' },
      version: 2,
    };
    const store = await openStore(memoryStorage({ [PROGRESS_KEY]: JSON.stringify(v2) }));
    expect(store.getState().review).toEqual({ 'quiz/q1': { box: 1, due: T, updatedAt: T } });
    expect(store.getState().activeDays).toHaveLength(1);
  });
});

describe('two tabs at once', () => {
  it('merges what each tab saves, so answers given in either are kept', async () => {
    const backing = memoryStorage();
    const tabA = await openStore(backing);
    const tabB = await openStore(backing);
    const windowB = new EventTarget();
    const stop = followOtherTabs(tabB, windowB);
    const vote = { in: 'quizzes', key: 'vote' } as const;
    const china = { in: 'quizzes', key: 'china' } as const;

    tabB.getState().actions.start(china, 'full', ['c1'], 1);
    tabB.getState().actions.answer(china, 'c1', { choiceIds: ['x'], correct: false }, 2);
    tabA.getState().actions.start(vote, 'full', ['v1'], 3);
    tabA.getState().actions.answer(vote, 'v1', { choiceIds: ['y'], correct: true }, 4);
    windowB.dispatchEvent(
      Object.assign(new Event('storage'), { key: PROGRESS_KEY, newValue: backing.getItem(PROGRESS_KEY) }),
    );
    // The tab loads the progress schema before it merges.
    await new Promise((resolve) => setTimeout(resolve, 0));

    const saved = JSON.parse(backing.getItem(PROGRESS_KEY)!).state;
    expect(Object.keys(saved.quizzes).sort()).toEqual(['china', 'vote']);
    expect(saved.review).toHaveProperty(['china/c1']);
    expect(tabB.getState().quizzes.vote?.current?.answers.v1).toEqual({ choiceIds: ['y'], correct: true });
    stop();
  });

  it('ignores a save from another tab that cannot be read', async () => {
    const tab = await openStore(memoryStorage());
    const target = new EventTarget();
    followOtherTabs(tab, target);
    target.dispatchEvent(Object.assign(new Event('storage'), { key: PROGRESS_KEY, newValue: '{"nope' }));
    expect(tab.getState().quizzes).toEqual({});
  });
});

/** localStorage as a full device has it: reads work, every write throws the browser's quota error. */
function fullStorage(backing: Storage = memoryStorage()): Storage & { free: () => void } {
  let full = true;
  return Object.assign(Object.create(backing) as Storage, {
    getItem: (key: string) => backing.getItem(key),
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      backing.setItem(key, value);
    },
    removeItem: (key: string) => backing.removeItem(key),
    free: () => {
      full = false;
    },
  });
}

describe('a device that will not save', () => {
  it('keeps every answer in memory when storage is full, says so, and saves them all once there is room', async () => {
    const backing = memoryStorage();
    const storage = fullStorage(backing);
    const store = await openStore(storage);
    const { start, answer, next } = store.getState().actions;
    expect(store.saves.get()).toEqual({ saved: true });

    expect(() => start(QUIZ, 'full', ['q1', 'q2'], 10)).not.toThrow();
    answer(QUIZ, 'q1', { choiceIds: ['a'], correct: true }, 20);
    expect(store.saves.get()).toEqual({ saved: false, failure: 'full' });
    expect(store.getState().quizzes.quiz?.current?.answers.q1).toEqual({ choiceIds: ['a'], correct: true });
    expect(backing.getItem(PROGRESS_KEY)).toBeNull();

    storage.free();
    next(QUIZ);
    expect(store.saves.get()).toEqual({ saved: true });
    const reopened = await openStore(backing);
    expect(reopened.getState().quizzes.quiz?.current).toMatchObject({
      position: 1,
      answers: { q1: { correct: true } },
    });
  });

  it('tells its listeners when saving fails and when it works again', async () => {
    const storage = fullStorage();
    const store = await openStore(storage);
    const heard: boolean[] = [];
    store.saves.subscribe(() => heard.push(store.saves.get().saved));
    store.getState().actions.start(QUIZ, 'full', ['q1'], 10);
    store.getState().actions.answer(QUIZ, 'q1', { choiceIds: ['a'], correct: true }, 20);
    storage.free();
    store.getState().actions.finish(QUIZ, 30);
    expect(heard).toEqual([false, true]);
  });

  it('runs in memory when the browser blocks storage for the site, instead of loading forever', async () => {
    const store = createProgressStore(
      () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
      () => NOW,
    );
    await store.persist.rehydrate();
    expect(store.persist.hasHydrated()).toBe(true);
    expect(store.saves.get()).toEqual({ saved: false, failure: 'blocked' });
    store.getState().actions.start(QUIZ, 'full', ['q1'], 10);
    store.getState().actions.answer(QUIZ, 'q1', { choiceIds: ['a'], correct: false }, 20);
    expect(store.getState().quizzes.quiz?.current?.answers.q1?.correct).toBe(false);
    expect(store.getState().review).toHaveProperty(['quiz/q1']);
  });

  it('writes nothing over saved progress it could not read and could not move aside', async () => {
    const backing = memoryStorage({ [PROGRESS_KEY]: '{"broken' });
    const store = await openStore(fullStorage(backing));
    expect(store.getState().storageProblem).toEqual({ reason: 'it is not valid JSON', backupKey: null });
    store.getState().actions.start(QUIZ, 'full', ['q1'], 10);
    expect(backing.getItem(PROGRESS_KEY)).toBe('{"broken');
    expect(store.saves.get()).toEqual({ saved: false, failure: 'full' });
  });
});
