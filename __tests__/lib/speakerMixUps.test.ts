import { speakerMixUps } from '@/lib/speakerMixUps';
import { makeQuestion } from '../fixtures';

const speakers = ['report', 'npr', 'us-officials', 'election-officials', 'trump'].map((id) => ({ id, text: id }));
const nprWords = makeQuestion({ id: 'npr-words', type: 'speaker', choices: speakers, answer: ['npr'] });
const nprAgain = makeQuestion({ id: 'npr-again', type: 'speaker', choices: speakers, answer: ['npr'] });
const plain = makeQuestion({ id: 'one' });

describe('one student’s speaker mix-ups', () => {
  it('names whose words were taken for whose, how often, and on which questions', () => {
    expect(
      speakerMixUps([
        { ref: 'npr-words', question: nprWords, chosen: ['report'] },
        { ref: 'npr-again', question: nprAgain, chosen: ['report'] },
        { ref: 'one', question: plain, chosen: ['never'] },
      ]),
    ).toEqual([{ said: 'npr', taken: 'report', count: 2, refs: ['npr-words', 'npr-again'] }]);
  });

  it('counts nothing for a right answer, an unanswered question or a question that is gone', () => {
    expect(
      speakerMixUps([
        { ref: 'npr-words', question: nprWords, chosen: ['npr'] },
        { ref: 'npr-again', question: nprAgain, chosen: [] },
        { ref: 'gone', question: undefined, chosen: ['report'] },
      ]),
    ).toEqual([]);
  });
});
