import { quizOutlines } from '@/lib/content/outline';
import { quizRefs } from '@/lib/content/refs';
import { makeQuestion, makeQuiz } from '../../fixtures';

describe('quizOutlines', () => {
  const quiz = makeQuiz([makeQuestion({ id: 'one' }), makeQuestion({ id: 'two', prompt: 'Second?' })]);

  it('keeps each quiz’s id, title, topic and question ids, in order', () => {
    expect(quizOutlines([quiz])).toEqual([
      { id: quiz.id, title: quiz.title, topic: quiz.topic, questions: [{ id: 'one' }, { id: 'two' }] },
    ]);
    expect(quizRefs(quizOutlines([quiz])[0]!)).toEqual(quizRefs(quiz));
  });

  it('leaves out every prompt, choice, quote and explanation', () => {
    const sent = JSON.stringify(quizOutlines([quiz]));
    for (const question of quiz.questions) {
      expect(sent).not.toContain(question.prompt);
      expect(sent).not.toContain(question.explanation);
      expect(sent).not.toContain(question.quote.text);
      for (const choice of question.choices) expect(sent).not.toContain(choice.text);
    }
    expect(sent).not.toContain(quiz.summary);
  });
});
