'use client';

import { useState } from 'react';
import DownloadButton from '@/components/ui/DownloadButton';
import type { Assignment } from '@/lib/assignment';
import type { Quiz } from '@/lib/content/schema';
import { LMS_FORMATS, type LmsFormat } from '@/lib/lms/formats';

const FORMATS = Object.entries(LMS_FORMATS) as [LmsFormat, (typeof LMS_FORMATS)[LmsFormat]][];

/**
 * The assignment's questions as files for the school's own system. The writers and the zip library load on the
 * first download, not with the builder.
 */
export default function LmsDownloads({ assignment, quizzes }: { assignment: Assignment; quizzes: readonly Quiz[] }) {
  const [note, setNote] = useState('');

  const file = (format: LmsFormat) => async () => {
    const { assignmentSet, lmsFile } = await import('@/lib/lms');
    const set = assignmentSet(assignment, quizzes);
    if (!set) throw new Error('The assignment asks for questions this site does not have.');
    const made = lmsFile(format, set);
    const kept = set.questions.length - made.left.length;
    setNote(
      made.left.length
        ? `${made.name}: ${kept} of ${set.questions.length} questions. Left out: ${made.left.map((l) => `“${l.title}” (${l.reason})`).join('; ')}.`
        : `${made.name}: all ${set.questions.length} questions.`,
    );
    return { name: made.name, text: made.bytes, type: made.type };
  };

  return (
    <section aria-labelledby="lms-heading" className="space-y-2">
      <h3 id="lms-heading" className="font-semibold">
        Files for your learning management system
      </h3>
      <p className="text-sm text-slate-700">
        The same questions with their answers, each answer’s feedback holding the explanation, the quote, whose words it
        is and where it stands. Import one into your school’s system to give the quiz there; results of a quiz taken
        there stay in that system’s gradebook, not this one.
      </p>
      <ul className="space-y-2">
        {FORMATS.map(([format, { label, use }]) => (
          <li key={format} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <DownloadButton label={`Download ${label}`} file={file(format)} />
            <span className="text-sm text-slate-700">{use}</span>
          </li>
        ))}
      </ul>
      <p role="status" className="text-sm text-slate-900">
        {note}
      </p>
    </section>
  );
}
