import { render, screen } from '@testing-library/react';
import ResultQrCode from '@/components/assignment/ResultQrCode';
import { makeReceipt } from '@/lib/receipt';
import { seededRandom } from '@/lib/shuffle';

const receipt = makeReceipt({
  assignment: 'k3x9mp2a',
  name: 'Zoë Ngata',
  questions: ['china-and-iran/one'],
  answers: [['considered']],
  correct: 1,
  startedAt: 1_700_000_000_000,
  finishedAt: 1_700_000_300_000,
  contentVersion: '0badf00d',
});

describe('ResultQrCode', () => {
  it('shows the result as a QR code named for the student, once it is compressed', async () => {
    render(<ResultQrCode receipt={receipt} />);
    const code = await screen.findByRole('img', { name: 'QR code of your result link, Zoë Ngata' });
    expect(code.querySelector('path')?.getAttribute('d')).toMatch(/^M4,4h1v1h-1z/);
    expect(screen.getByText(/it holds the same result as the link/)).toBeVisible();
  });

  it('says so when even the compressed result is too long for a QR code', async () => {
    const long = makeReceipt({ ...receipt, title: 'x', name: 'y' });
    // Answers no compressor can shrink: random choice ids, as many as a receipt allows.
    const next = seededRandom(14);
    const random = (n: number) => Array.from({ length: n }, () => next().toString(36).slice(2, 12)).join('');
    render(
      <ResultQrCode
        receipt={{
          ...long,
          questions: Array.from({ length: 200 }, (_, i) => `quiz-${i}/${random(2)}`),
          answers: Array.from({ length: 200 }, () => [random(5)]),
        }}
      />,
    );
    expect(await screen.findByText('Your result is too long for a QR code: send the link instead.')).toBeVisible();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
