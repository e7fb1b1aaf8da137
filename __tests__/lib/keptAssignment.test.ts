import type { Assignment } from '@/lib/assignment';
import { buildAssignment } from '@/lib/buildAssignment';
import { duplicateLink, duplicateOf } from '@/lib/duplicateLink';
import { formFromAssignment, mergeKept, newestFirst } from '@/lib/keptAssignment';
import { makeQuestion, makeQuiz } from '../fixtures';

const quiz = makeQuiz([makeQuestion({ id: 'one' }), makeQuestion({ id: 'two', prompt: 'Second?' })]);

const assignment: Assignment = {
  version: 1,
  id: 'k3x9mp2a',
  questions: [`${quiz.id}:two`],
  draw: 1,
  shuffleQuestions: false,
  shuffleChoices: true,
  feedback: 'assessment',
  answersAfterDue: true,
  title: 'Period 3 warm-up',
  className: 'Civics 3',
  due: '2026-12-01',
  dropBox: { id: 'b'.repeat(22), key: 'k'.repeat(87) },
  contentVersion: 'deadbeef',
};

describe('a kept assignment', () => {
  it('fills the builder with the same questions and settings, for a class still to be named', () => {
    const form = formFromAssignment(assignment, [quiz]);
    expect(form).toEqual({
      selected: new Set([`${quiz.id}/two`]),
      draw: 1,
      shuffleQuestions: false,
      shuffleChoices: true,
      feedback: 'assessment',
      answersAfterDue: true,
      title: 'Period 3 warm-up',
      className: '',
      due: '2026-12-01',
      teacherEmail: '',
      dropBox: true,
    });
    // Built again, it is a new assignment with a new id and the same questions.
    const built = buildAssignment({ ...form!, className: 'Civics 4' }, [quiz], [], () => 0.5);
    expect(built.ok && built.assignment.id).not.toBe(assignment.id);
    expect(built.ok && built.assignment.questions).toEqual(assignment.questions);
    expect(built.ok && built.assignment.answersAfterDue).toBe(true);
  });

  it('opens an assessment’s answers after the due date only with a due date, and never for practice', () => {
    const form = formFromAssignment(assignment, [quiz])!;
    expect(buildAssignment({ ...form, due: '' }, [quiz])).toMatchObject({ ok: false, errors: { due: /due date/ } });
    const practice = buildAssignment({ ...form, feedback: 'practice' }, [quiz]);
    expect(practice.ok && practice.assignment).not.toHaveProperty('answersAfterDue');
  });

  it('cannot be duplicated once its questions are gone', () => {
    expect(formFromAssignment({ ...assignment, questions: ['no-such-quiz'] }, [quiz])).toBeNull();
  });

  it('merges two copies of itself without reopening what was closed', () => {
    const open = { assignment, createdAt: 20 };
    const closed = { assignment, createdAt: 30, closedAt: 40 };
    expect(mergeKept(open, closed)).toEqual({ assignment, createdAt: 20, closedAt: 40 });
    expect(mergeKept(closed, open)).toEqual(mergeKept(open, closed));
    expect(mergeKept(open, open)).toEqual(open);
  });

  it('lists the newest first', () => {
    const older = { assignment, createdAt: 1 };
    const newer = { assignment: { ...assignment, id: 'zzzzzzzz' }, createdAt: 2 };
    expect(newestFirst([older, newer])).toEqual([newer, older]);
  });

  it('travels to the builder in the fragment, and nothing else there is read as an id', () => {
    expect(duplicateOf(duplicateLink('k3x9mp2a').split('#')[1]!)).toBe('k3x9mp2a');
    for (const hash of [null, '', 'duplicate=', 'duplicate=K3X9MP2A', 'duplicate=k3x9mp2a&x', 'a1.abc'])
      expect(duplicateOf(hash)).toBeNull();
  });
});
