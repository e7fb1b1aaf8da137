'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import LiveRegion from '@/components/ui/LiveRegion';
import QuestionBankProblem from '@/components/ui/QuestionBankProblem';
import VerdictIcon from '@/components/ui/VerdictIcon';
import { useQrCamera, type CameraState } from '@/hooks/useQrCamera';
import { useKeptAssignments } from '@/hooks/useKeptAssignments';
import { useQuestionBank } from '@/hooks/useQuestionBank';
import { resultLookups } from '@/lib/ownQuizzes';
import { useReceiptReader } from '@/hooks/useReceiptReader';
import { gradebookStore, useGradebookActions, useGradebookLoaded } from '@/store/gradebook';

interface Scan {
  /** From 1, in the order the codes were read. */
  number: number;
  /** The result is in the gradebook (imported now, or already there). */
  kept: boolean;
  message: string;
}

const CAMERA_PROBLEMS: Partial<Record<CameraState, string>> = {
  refused:
    'SourceCheck may not use the camera. Allow it in the browser’s settings for this site, or paste the result links in the gradebook instead.',
  absent: 'This device has no camera SourceCheck can use. Paste the result links in the gradebook instead.',
  failed: 'The camera could not be started. Try again, or paste the result links in the gradebook instead.',
};

/**
 * Reads students' result codes with the camera, one after another, into the same gradebook as pasted links. The
 * questions each result is checked against are fetched after the page has painted; the camera waits for them.
 */
export default function ResultScanner({ bank: integrity }: { bank: string }) {
  const bank = useQuestionBank(integrity);
  // Results of the teacher's own questions are checked against those their assignment's link carried.
  const { own } = useKeptAssignments();
  const read = useReceiptReader(
    useMemo(() => (bank.status === 'ready' && own !== null ? resultLookups(bank.quizzes, own) : null), [bank, own]),
  );
  const hydrated = useGradebookLoaded();
  const { load, importResults } = useGradebookActions();
  const [scans, setScans] = useState<Scan[]>([]);
  // The code in front of the camera is seen in every frame: it is read once, until another one is seen.
  const lastCode = useRef('');

  useEffect(() => {
    void load();
  }, [load]);

  const judge = useCallback(
    async (text: string): Promise<Omit<Scan, 'number'>> => {
      // Link repair loads with the first code seen, not with the page.
      const [token] = (await import('@/lib/receiptTokens')).findReceiptTokens(text);
      if (!token) return { kept: false, message: 'This code is not a SourceCheck result.' };
      // Not reached: the camera starts once the questions are in.
      if (!read) return { kept: false, message: 'This result was not imported: the questions are still loading.' };
      const decoded = await read(token);
      if (!decoded.ok) return { kept: false, message: `This result was not imported: ${decoded.reason}.` };
      await importResults([decoded.value]);
      const line = gradebookStore.getState().lastImport?.[0];
      if (line?.status === 'imported') return { kept: true, message: `${line.detail}: imported.` };
      if (line?.status === 'duplicate') return { kept: true, message: `${line.detail}.` };
      return { kept: false, message: `${line?.detail ?? 'This result'}.` };
    },
    [read, importResults],
  );

  const onCode = useCallback(
    async (text: string) => {
      if (text === lastCode.current) return;
      lastCode.current = text;
      const scan = await judge(text);
      setScans((earlier) => [{ ...scan, number: earlier.length + 1 }, ...earlier]);
    },
    [judge],
  );
  const { video, state, start, stop } = useQrCamera(onCode);
  const latest = scans[0];
  const problem = CAMERA_PROBLEMS[state];

  return (
    <div className="space-y-4">
      <LiveRegion message={latest ? `Code ${latest.number}: ${latest.message}` : ''} />
      {state === 'on' ? (
        <button type="button" className="btn-secondary" onClick={stop}>
          Stop the camera
        </button>
      ) : (
        <button
          type="button"
          className="btn-primary"
          disabled={!hydrated || !read || state === 'starting'}
          onClick={() => void start()}
        >
          {state === 'starting' ? 'Starting the camera…' : 'Start the camera'}
        </button>
      )}
      {/* Until every result can be checked: the bank's questions, and those the kept assignments carried. */}
      {bank.status !== 'failed' && !read && <p className="text-sm text-slate-700">Loading the questions…</p>}
      {bank.status === 'failed' && <QuestionBankProblem />}
      {problem && (
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
          {problem}
        </p>
      )}
      <video
        ref={video}
        hidden={state !== 'on'}
        muted
        playsInline
        aria-label="What the camera sees"
        className="aspect-[4/3] w-full max-w-md rounded bg-black object-cover"
      />
      {state === 'on' && (
        <p className="text-sm text-slate-700">
          Hold each student’s result code in front of the camera, one after another: each is checked and kept as it is
          read.
        </p>
      )}
      {latest && (
        <p
          aria-hidden="true"
          className={`flex items-center gap-3 rounded-lg border-2 p-3 text-lg font-semibold ${latest.kept ? 'border-green-800 text-green-900' : 'border-red-800 text-red-800'}`}
        >
          <VerdictIcon correct={latest.kept} className="size-10" />
          <span className="min-w-0 wrap-anywhere">{latest.message}</span>
        </p>
      )}
      {scans.length > 0 && (
        <section aria-labelledby="scanned-heading">
          <h2 id="scanned-heading" className="text-lg font-semibold">
            Read on this page
          </h2>
          <ol className="mt-1 space-y-1 text-sm">
            {scans.map((scan) => (
              <li key={scan.number} className={`flex gap-2 ${scan.kept ? 'text-slate-800' : 'text-red-800'}`}>
                <VerdictIcon correct={scan.kept} className="mt-0.5 size-4" />
                <span className="min-w-0 wrap-anywhere">
                  Code {scan.number}: {scan.message}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
