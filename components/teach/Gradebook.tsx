'use client';

import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import ImportReport from '@/components/teach/ImportReport';
import QuestionBankProblem from '@/components/ui/QuestionBankProblem';
import StorageUsage from '@/components/ui/StorageUsage';
import { useKeptAssignments } from '@/hooks/useKeptAssignments';
import { useLoaded } from '@/hooks/useLoaded';
import { useLocationHash } from '@/hooks/useLocationHash';
import { useQuestionBank } from '@/hooks/useQuestionBank';
import { DROP_BOX_AVAILABLE } from '@/lib/dropBoxSettings';
import { loadOnce } from '@/lib/loadOnce';
import { resultLookups } from '@/lib/ownQuizzes';
import { groupByAssignment } from '@/lib/gradebook';
import type { Receipt } from '@/lib/receipt';
import { useReceiptReader } from '@/hooks/useReceiptReader';
import {
  hasGradebookProblem,
  useGradebook,
  useGradebookActions,
  useGradebookLoaded,
  type ImportLine,
} from '@/store/gradebook';

/** How long the page checks result links before it pauses, and how many it checks at once within that time. */
const IMPORT_SLICE_MS = 40;
const IMPORT_BATCH = 25;
/** Lets the page answer the teacher (a click, a key) between slices of an import. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
/**
 * A paste longer than this is held beside the box instead of in it: drawing megabytes of links in a text box took
 * the browser seconds of layout (scripts/bench/gradebook.mjs), and no teacher reads ten thousand links there.
 */
const LONGEST_SHOWN_PASTE = 100_000;

// Results are read from the device after the page has painted, so their tables load with them, not before (with
// React's lazy rather than next/dynamic, whose loader would be the page's largest first script but one).
const AssignmentResults = lazy(() => import('@/components/teach/AssignmentResults'));
const BackupReminder = lazy(() => import('@/components/teach/BackupReminder'));
const LmsGradeExport = lazy(() => import('@/components/teach/LmsGradeExport'));
/**
 * Loaded only when the gradebook has something it could not keep, delete or read to say: an alert, read out as it
 * appears.
 */
const GradebookNotice = lazy(() => import('@/components/teach/GradebookNotice'));
/** Shows the quotes of a teacher's article in its assignment's item analysis; loaded only for one. */
const QuotedArticle = lazy(() => import('@/components/source/QuotedArticle'));
/** The drop boxes' keys, decryption and polling: after the gradebook has painted, and only where a server is. */
const dropBoxInbox = loadOnce(() => import('@/components/teach/DropBoxInbox').then((m) => m.default));

const noResultInLink: ImportLine = {
  position: 1,
  status: 'rejected',
  detail: 'This link holds no result: ask the student to copy the whole link.',
};

/**
 * The gradebook: results are checked and shown against the questions, which are fetched after the page has painted
 * rather than carried in it.
 */
export default function Gradebook({ bank: integrity }: { bank: string }) {
  const bank = useQuestionBank(integrity);
  const { dues, own } = useKeptAssignments();
  const lookups = useMemo(
    () => (bank.status === 'ready' && own !== null ? resultLookups(bank.quizzes, own) : null),
    [bank, own],
  );
  const hydrated = useGradebookLoaded();
  const receipts = useGradebook((s) => s.receipts);
  const problem = useGradebook(hasGradebookProblem);
  const { beginImport, importResults, load } = useGradebookActions();
  const hash = useLocationHash();
  const [pasted, setPasted] = useState('');
  /** A long paste, held to import rather than shown in the box, and its count of lines, counted once. */
  const [held, setHeld] = useState<{ text: string; lines: number } | null>(null);
  const [checking, setChecking] = useState('');
  const groups = useMemo(
    () => groupByAssignment(receipts).map((g) => ({ ...g, due: g.due ?? dues.get(g.assignment) })),
    [receipts, dues],
  );

  const read = useReceiptReader(lookups);
  const linesFor = useMemo(
    () =>
      read &&
      ((tokens: string[], offset = 0) =>
        Promise.all(
          tokens.map(async (token, index): Promise<ImportLine | Receipt> => {
            const decoded = await read(token);
            return decoded.ok
              ? decoded.value
              : { position: offset + index + 1, status: 'rejected', detail: decoded.reason };
          }),
        )),
    [read],
  );

  const importPasted = async (text: string) => {
    // The button waits for the questions, which every result is checked against.
    if (!linesFor) return;
    beginImport();
    setChecking('Finding the result links in what you pasted…');
    const tokens = await (await import('@/lib/receiptTokens')).findReceiptTokensInSlices(text, pause);
    if (tokens.length === 0) {
      await importResults([
        { position: 1, status: 'rejected', detail: 'No result links were found in what you pasted.' },
      ]);
      setChecking('');
      return;
    }
    const lines: (ImportLine | Receipt)[] = [];
    // Checked in slices of IMPORT_SLICE_MS with a pause between, so a paste of thousands never freezes the page,
    // however slow the device.
    for (let start = 0; start < tokens.length;) {
      setChecking(`Checking result links: ${start} of ${tokens.length} done…`);
      await pause();
      const sliceStarted = performance.now();
      do {
        lines.push(...(await linesFor(tokens.slice(start, start + IMPORT_BATCH), start)));
        start += IMPORT_BATCH;
      } while (start < tokens.length && performance.now() - sliceStarted < IMPORT_SLICE_MS);
    }
    setChecking(`Saving ${lines.filter((line) => 'checksum' in line).length} results on this device…`);
    await importResults(lines);
    setChecking('');
  };

  useEffect(() => {
    void load();
  }, [load]);

  const { loaded: DropBoxInbox } = useLoaded(dropBoxInbox, DROP_BOX_AVAILABLE);

  // A receipt link opened by the teacher lands here with the result in the fragment.
  useEffect(() => {
    if (!hydrated || !hash || !linesFor) return;
    void import('@/lib/receiptTokens').then(({ findReceiptTokens }) => {
      const tokens = findReceiptTokens(hash);
      return (tokens.length > 0 ? linesFor(tokens) : Promise.resolve([noResultInLink])).then(importResults);
    });
    window.history.replaceState(null, '', window.location.pathname);
  }, [hydrated, hash, linesFor, importResults]);

  return (
    <>
      <Suspense>{problem && <GradebookNotice />}</Suspense>
      {bank.status === 'failed' && <QuestionBankProblem />}
      {DropBoxInbox && hydrated && read && <DropBoxInbox read={read} />}
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          void importPasted([held?.text, pasted].filter(Boolean).join('\n'));
          setHeld(null);
          setPasted('');
        }}
      >
        <label htmlFor="receipts" className="block font-medium">
          Paste result links
        </label>
        <p id="receipts-hint" className="text-sm text-slate-700">
          One per line, or a whole email: SourceCheck finds the links in it.
        </p>
        <textarea
          id="receipts"
          aria-describedby={held === null ? 'receipts-hint' : 'receipts-hint receipts-held'}
          rows={5}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          onPaste={(event) => {
            const text = event.clipboardData.getData('text');
            if (text.length <= LONGEST_SHOWN_PASTE) return;
            event.preventDefault();
            const lines = text.split('\n').length;
            setHeld(held ? { text: `${held.text}\n${text}`, lines: held.lines + lines } : { text, lines });
          }}
          className="w-full rounded border border-slate-400 bg-white p-2 font-mono text-sm"
        />
        {held !== null && (
          <p id="receipts-held" role="status" className="text-sm">
            Pasted {held.lines.toLocaleString('en-US')} lines, too many to show here: Import results reads them all.{' '}
            <button type="button" className="underline" onClick={() => setHeld(null)}>
              Clear what was pasted
            </button>
          </p>
        )}
        <button type="submit" className="btn-primary" disabled={!hydrated || !linesFor || checking !== ''}>
          Import results
        </button>
      </form>
      <p className="mt-2 min-h-6 text-sm text-slate-700">
        {/* The questions are the bank and the teacher's own, kept on the device: the button waits for both. */}
        {checking || (bank.status !== 'failed' && !linesFor ? 'Loading the questions…' : '')}
      </p>
      <ImportReport />
      <StorageUsage watch={receipts.length} />
      <Suspense>{receipts.length > 0 && <BackupReminder showWhere />}</Suspense>
      <p className="mt-4 text-sm text-slate-700">
        Results are kept on this device only. Each result link carries a checksum: it catches links that were cut short,
        damaged or edited by hand, but it cannot stop a determined student who rebuilds one.
      </p>
      {hydrated && groups.length === 0 && <p className="mt-6">No results yet.</p>}
      <Suspense>
        {lookups &&
          groups.map((group) => {
            const results = (
              <AssignmentResults key={group.assignment} group={group} lookup={lookups(group.assignment)} />
            );
            const article = own?.get(group.assignment)?.articles?.[0];
            return article ? (
              <QuotedArticle key={group.assignment} article={article}>
                {results}
              </QuotedArticle>
            ) : (
              results
            );
          })}
      </Suspense>
      <Suspense>{groups.length > 0 && <LmsGradeExport groups={groups} />}</Suspense>
    </>
  );
}
