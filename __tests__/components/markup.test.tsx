import { render } from '@testing-library/react';
import fc from 'fast-check';
import AssignmentDetails from '@/components/assignment/AssignmentDetails';
import SourceText from '@/components/source/SourceText';
import type { Assignment } from '@/lib/assignment';

const assignment: Assignment = {
  version: 1,
  id: 'k3x9mp2a',
  questions: ['the-vote-itself'],
  shuffleQuestions: false,
  shuffleChoices: false,
  feedback: 'practice',
  contentVersion: 'deadbeef',
};

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '{{7*7}}'),
);

describe('text from links and URLs', () => {
  it('is shown as text, never as markup', () => {
    fc.assert(
      fc.property(hostile, hostile, (title, className) => {
        const { container, unmount } = render(
          <AssignmentDetails assignment={{ ...assignment, title, className }} questionCount={3} />,
        );
        expect(container.querySelectorAll('script, img, svg, iframe')).toHaveLength(0);
        expect(container.textContent).toContain(title);
        unmount();
      }),
      { numRuns: 60 },
    );
  });

  it('marks only words of the source, whatever quote a URL carries', () => {
    fc.assert(
      fc.property(hostile, (quote) => {
        const { container, unmount } = render(
          <SourceText paragraphs={['A paragraph <b>of</b> the source.']} quote={quote} />,
        );
        expect(container.querySelectorAll('script, img, svg, b')).toHaveLength(0);
        expect(container.textContent).toContain('A paragraph <b>of</b> the source.');
        unmount();
      }),
      { numRuns: 60 },
    );
  });
});
