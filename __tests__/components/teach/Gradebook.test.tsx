import { render, screen, waitFor } from '@testing-library/react';
import 'fake-indexeddb/auto';
import Gradebook from '@/components/teach/Gradebook';
import type { CarriedQuestions } from '@/hooks/useKeptAssignments';
import { makeQuestion, makeQuiz } from '../../fixtures';

// The teacher's own questions are read from the device after the page paints: here the test says when they are in.
let mockOwn: ReadonlyMap<string, CarriedQuestions> | null = null;
jest.mock('@/hooks/useKeptAssignments', () => ({
  useKeptAssignments: () => ({ dues: new Map(), own: mockOwn }),
}));

// The bank is in from the start: what Import waits for after it is the teacher's own questions.
const mockBank = { status: 'ready', quizzes: [makeQuiz([makeQuestion()])] } as const;
jest.mock('@/hooks/useQuestionBank', () => ({ useQuestionBank: () => mockBank }));

const importButton = () => screen.getByRole('button', { name: 'Import results' });

describe('Gradebook', () => {
  it('says it is loading the questions for as long as Import waits for them, the own questions included', async () => {
    const { rerender } = render(<Gradebook bank="sha256-test" />);
    await screen.findByText('No results yet.');
    expect(importButton()).toBeDisabled();
    expect(screen.getByText('Loading the questions…')).toBeInTheDocument();

    mockOwn = new Map();
    rerender(<Gradebook bank="sha256-test" />);
    await waitFor(() => expect(importButton()).toBeEnabled());
    expect(screen.queryByText('Loading the questions…')).not.toBeInTheDocument();
  });
});
