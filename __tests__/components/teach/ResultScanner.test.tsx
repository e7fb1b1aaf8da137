import { act, render, screen, waitFor } from '@testing-library/react';
import 'fake-indexeddb/auto';
import ResultScanner from '@/components/teach/ResultScanner';
import { contentVersion } from '@/lib/assignment';
import { questionLookup } from '@/lib/content/refs';
import { encodeCompressedReceipt, encodeReceipt, makeReceipt } from '@/lib/receipt';
import { gradebookStore } from '@/store/gradebook';
import { makeQuestion, makeQuiz } from '../../fixtures';

// The camera itself is the browser's (the browser test drives a fake one): here the codes it would read are
// handed to the page directly, as the hook hands them over.
let readCode: (text: string) => Promise<void> = async () => undefined;
jest.mock('@/hooks/useQrCamera', () => ({
  useQrCamera: (onCode: (text: string) => Promise<void>) => {
    readCode = onCode;
    return { video: { current: null }, state: 'on', start: jest.fn(), stop: jest.fn() };
  },
}));

const quiz = makeQuiz([makeQuestion({ id: 'one' }), makeQuestion({ id: 'two', prompt: 'Second?' })]);
const refs = ['china-and-iran/one', 'china-and-iran/two'];
const receipt = makeReceipt({
  assignment: 'sc4nn3d1',
  name: 'Zoë Ngata',
  questions: refs,
  answers: [['considered'], ['never']],
  correct: 1,
  startedAt: 1_700_000_000_000,
  finishedAt: 1_700_000_300_000,
  contentVersion: contentVersion(refs, questionLookup([quiz])),
});

// jsdom has no Response: what the page reads of one. The bank is the one quiz, or fails while `bankDown` is set.
let bankDown = false;
globalThis.fetch = (async (url: string) =>
  ({
    ok: url === '/bank.json' && !bankDown,
    status: bankDown ? 503 : 200,
    json: async () => [quiz],
  }) as Response) as typeof fetch;

/** The scanner once its questions are in: the camera waits for them. */
async function renderScanner() {
  render(<ResultScanner bank="sha256-test" />);
  await waitFor(() => expect(screen.queryByText(/Loading the questions/)).not.toBeInTheDocument());
}

async function scan(text: string) {
  await act(() => readCode(text));
}
const said = () => screen.getAllByRole('status').map((region) => region.textContent);

beforeAll(async () => {
  await gradebookStore.getState().actions.load();
});

describe('ResultScanner', () => {
  // First: once loaded, the questions are kept for the page load.
  it('says when the questions could not be loaded, with a way on', async () => {
    bankDown = true;
    render(<ResultScanner bank="sha256-test" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The questions could not be loaded');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    bankDown = false;
  });
  it('imports each result it reads, and says so with the name; a code shown again is read once', async () => {
    await renderScanner();
    const link = `https://school.example/teach/results#${await encodeCompressedReceipt(receipt)}`;
    await scan(link);
    await scan(link);
    await waitFor(() => expect(said()).toContain('Code 1: \u2068Zoë Ngata\u2069: 1 of 2: imported.'));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(gradebookStore.getState().receipts.map((r) => r.name)).toContain('Zoë Ngata');
  });

  it('says when a code is not a result, fails a check, or is a result already in the gradebook', async () => {
    await renderScanner();
    await scan('https://example.com/menu');
    expect(said()).toContain('Code 1: This code is not a SourceCheck result.');
    const edited = encodeReceipt({ ...receipt, correct: 2 });
    await scan(edited);
    expect(said()).toContain(
      'Code 2: This result was not imported: its checksum does not match: it was changed or damaged after the student made it.',
    );
    await scan(encodeReceipt(receipt));
    expect(said()).toContain('Code 3: \u2068Zoë Ngata\u2069: 1 of 2, already in the gradebook.');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toHaveLength(3);
  });
});
