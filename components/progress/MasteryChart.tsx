import { useId } from 'react';
import type { TopicMastery } from '@/lib/progress/summary';
import { percentage } from '@/lib/scoring';

/** Bars drawn in SVG for the eye, with the same figures in a table for everyone else. */
export default function MasteryChart({ topics }: { topics: TopicMastery[] }) {
  const caption = useId();
  const rowHeight = 28;
  const labelWidth = 150;
  const barWidth = 200;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${labelWidth + barWidth + 50} ${topics.length * rowHeight}`}
        className="w-full max-w-lg"
        aria-hidden="true"
        focusable="false"
      >
        {topics.map((topic, index) => {
          const share = percentage({ correct: topic.mastered, total: topic.total });
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
                {share}%
              </text>
            </g>
          );
        })}
      </svg>
      {/* With large text the table may be wider than a phone: it scrolls on its own, and takes focus so a keyboard
          can scroll it too. */}
      <div role="region" aria-labelledby={caption} tabIndex={0} className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption id={caption} className="mb-1 text-left font-medium">
            Mastery by topic
          </caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">
                Topic
              </th>
              <th scope="col" className="py-1 pr-3">
                Questions mastered
              </th>
              <th scope="col" className="py-1">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => (
              <tr key={topic.topic} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {topic.topic}
                </th>
                <td className="py-1 pr-3">
                  {topic.mastered} of {topic.total}
                </td>
                <td className="py-1">{percentage({ correct: topic.mastered, total: topic.total })}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
