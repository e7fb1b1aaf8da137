import { useId } from 'react';

/**
 * The form a question is written in: its fields, then Keep and Start a new question, and what became of the last
 * press. Says so when the browser will not keep the draft between reloads.
 */
export default function QuestionDraftForm({
  kept,
  status,
  onKeep,
  onStartNew,
  children,
  afterStatus,
}: {
  /** Whether the draft is kept on the device as it is written. */
  kept: boolean;
  status: string;
  onKeep: () => void;
  onStartNew: () => void;
  children: React.ReactNode;
  /** Below the status, for what it offers next. */
  afterStatus?: React.ReactNode;
}) {
  const id = useId();
  return (
    <form
      className="mt-6 space-y-6"
      aria-labelledby={id}
      onSubmit={(event) => {
        event.preventDefault();
        onKeep();
      }}
    >
      <h2 id={id} className="text-lg font-semibold">
        Your question
      </h2>
      {!kept && (
        <p role="alert" className="rounded border border-amber-600 bg-amber-50 p-3">
          This browser will not keep the question while you write it: a reload loses what is not kept below.
        </p>
      )}
      {children}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary">
          Keep this question
        </button>
        <button type="button" className="btn-secondary" onClick={onStartNew}>
          Start a new question
        </button>
      </div>
      <p role="status" className="min-h-6 font-medium">
        {status}
      </p>
      {afterStatus}
    </form>
  );
}
