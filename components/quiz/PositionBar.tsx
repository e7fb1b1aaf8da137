export default function PositionBar({ current, total }: { current: number; total: number }) {
  const label = `Question ${current} of ${total}`;
  return (
    <div className="mb-4">
      <p className="text-sm font-medium text-slate-700" aria-hidden="true">
        {label}
      </p>
      <div
        role="progressbar"
        aria-label="Quiz progress"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={label}
        className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-blue-800" style={{ width: `${(current / total) * 100}%` }} />
      </div>
    </div>
  );
}
