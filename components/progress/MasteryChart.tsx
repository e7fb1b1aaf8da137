import DataTable from '@/components/ui/DataTable';
import type { TopicMastery } from '@/lib/progress/summary';
import { percentage } from '@/lib/scoring';

/**
 * Bars drawn in SVG, named for screen readers with the same figures, and the table behind them one tap away
 * rather than repeated under a second heading.
 */
export default function MasteryChart({ topics, loading = false }: { topics: TopicMastery[]; loading?: boolean }) {
  // While the device's progress is read, the bars are drawn empty and their figures as "…": the same size, so
  // nothing below moves when they fill.
  const shown = (text: string) => (loading ? '…' : text);
  const label = loading
    ? 'Mastery by topic: loading your progress.'
    : `Mastery by topic: ${topics
        .map(
          (t) =>
            `${t.topic}, ${t.mastered} of ${t.total} questions (${percentage({ correct: t.mastered, total: t.total })}%)`,
        )
        .join('; ')}.`;
  const rowHeight = 28;
  const labelWidth = 150;
  const barWidth = 200;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${labelWidth + barWidth + 50} ${topics.length * rowHeight}`}
        className="w-full max-w-lg"
        role="img"
        aria-label={label}
        focusable="false"
      >
        {topics.map((topic, index) => {
          const share = loading ? 0 : percentage({ correct: topic.mastered, total: topic.total });
          const y = index * rowHeight;
          return (
            <g key={topic.topic}>
              <text x={0} y={y + 18} className="fill-slate-800 text-[13px]">
                {topic.topic}
              </text>
              <rect x={labelWidth} y={y + 6} width={barWidth} height={16} rx={3} className="fill-slate-200" />
              <rect
                x={labelWidth}
                y={y + 6}
                width={(barWidth * share) / 100}
                height={16}
                rx={3}
                className="fill-blue-800"
              />
              <text x={labelWidth + barWidth + 6} y={y + 18} className="fill-slate-800 text-[13px]">
                {shown(`${share}%`)}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-900 underline">
          Show as a table
        </summary>
        <DataTable
          caption="Mastery by topic"
          rows={topics}
          rowKey={(topic) => topic.topic}
          columns={[
            { header: 'Topic', cell: (topic) => topic.topic },
            { header: 'Questions mastered', cell: (topic) => shown(`${topic.mastered} of ${topic.total}`) },
            {
              header: 'Share',
              cell: (topic) => shown(`${percentage({ correct: topic.mastered, total: topic.total })}%`),
            },
          ]}
        />
      </details>
    </figure>
  );
}
