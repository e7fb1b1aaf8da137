'use client';

import { useMemo, useState } from 'react';
import AssignmentDetails from '@/components/assignment/AssignmentDetails';
import AttemptView from '@/components/quiz/AttemptView';
import LiveRegion from '@/components/ui/LiveRegion';
import NameForm from '@/components/assignment/NameForm';
import ReceiptPanel from '@/components/assignment/ReceiptPanel';
import UserText from '@/components/ui/UserText';
import { contentVersion, normalizeName, studentChoices, studentQuestions, type Assignment } from '@/lib/assignment';
import { questionLookup, type QuestionRef } from '@/lib/content/refs';
import { studentNameOf } from '@/lib/plainText';
import type { Quiz } from '@/lib/content/schema';
import type { Slot } from '@/lib/progress/constants';
import { progressStore, selectSlot, useProgress, useProgressActions, useProgressHydrated } from '@/store/progress';

interface AssignmentSessionProps {
  assignment: Assignment;
  pool: QuestionRef[];
  quizzes: Quiz[];
}

function slotFor(assignment: Assignment, name: string): Slot {
  return { in: 'assignments', key: `${assignment.id}/${normalizeName(name)}` };
}

export default function AssignmentSession({ assignment, pool, quizzes }: AssignmentSessionProps) {
  const lookup = useMemo(() => questionLookup(quizzes), [quizzes]);
  const hydrated = useProgressHydrated();
  const studentName = useProgress((s) => s.studentName);
  const slot = slotFor(assignment, studentName);
  const progress = useProgress((s) => (studentName ? selectSlot(s, slot) : undefined));
  const { start, setStudentName } = useProgressActions();
  const [announcement, setAnnouncement] = useState('');
  const [started, setStarted] = useState(false);
  const [changingName, setChangingName] = useState(false);

  const questionCount = Math.min(assignment.draw ?? pool.length, pool.length);
  const contentChanged = contentVersion(pool, lookup) !== assignment.contentVersion;
  const attempt = progress?.current;
  const finished = progress?.finished.at(-1);

  const questionFor = (ref: string) => {
    const question = lookup.get(ref);
    return question && { ...question, choices: studentChoices(assignment, ref, question, studentName) };
  };

  const begin = (typed: string) => {
    // The name as results carry it: the attempt's slot and draw must come from the same name the store keeps.
    const name = studentNameOf(typed);
    setStudentName(name);
    setChangingName(false);
    const nameSlot = slotFor(assignment, name);
    const existing = selectSlot(progressStore.getState(), nameSlot);
    if (!existing?.current && !existing?.finished.length) {
      setStarted(true);
      start(nameSlot, 'full', studentQuestions(assignment, pool, name, lookup), Date.now());
    }
  };

  return (
    <>
      <LiveRegion message={announcement} />
      <AssignmentDetails assignment={assignment} questionCount={questionCount} />
      {contentChanged && (
        <p className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
          Some of these questions changed after your teacher made this link. You can still take it; your teacher’s
          gradebook will say if your result cannot be compared.
        </p>
      )}
      <div className="mt-6">
        {!hydrated ? (
          <p className="text-slate-700">Loading your progress…</p>
        ) : !studentName || changingName ? (
          <NameForm initialName={studentName} onSubmit={begin} />
        ) : attempt ? (
          <AttemptView
            slot={slot}
            attempt={attempt}
            questionFor={questionFor}
            revealAnswers={assignment.feedback === 'practice'}
            announce={setAnnouncement}
            onFinish={() => setAnnouncement('Finished. Your result is below.')}
            focusFirstQuestion={started}
          />
        ) : finished ? (
          <ReceiptPanel assignment={assignment} attempt={finished} name={studentName} lookup={lookup} />
        ) : (
          <NameForm initialName={studentName} onSubmit={begin} />
        )}
        {hydrated && studentName && !changingName && (
          <p className="mt-6 text-sm text-slate-700">
            Taking this as{' '}
            <strong>
              <UserText>{studentName}</UserText>
            </strong>
            .{' '}
            <button
              type="button"
              className="inline-flex min-h-11 items-center text-blue-900 underline"
              onClick={() => setChangingName(true)}
            >
              Not you? Change the name
            </button>
          </p>
        )}
      </div>
    </>
  );
}
