import { loadQuizzes } from '@/lib/content/load';
import { keepsChoiceOrder, moodleFractions } from '@/lib/lms/items';
import { shuffledChoices } from '@/lib/questionTypes';

const questions = loadQuizzes().flatMap((quiz) => quiz.questions);

describe('what the exports keep of how the app asks', () => {
  it('leaves unshuffled in the exports exactly the questions whose choices the app never shuffles', () => {
    const types = new Set(questions.map((q) => q.type));
    expect(types.size).toBe(5);
    for (const question of questions) {
      const appKeeps = [1, 2, 3, 4, 5].every((seed) => shuffledChoices(question, seed) === question.choices);
      expect(keepsChoiceOrder(question)).toBe(appKeeps);
    }
  });

  it('gives Moodle fractions from its own list, which add up to 100 on every select-all question', () => {
    const MOODLE = [100, 50, 33.33333, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10];
    for (const question of questions.filter((q) => q.type === 'multi')) {
      const { right, wrong } = moodleFractions(question);
      expect(MOODLE).toContain(Number(right));
      expect(Number(right) * question.answer.length).toBeCloseTo(100, 3);
      expect(wrong).toBe('-100');
    }
  });
});
