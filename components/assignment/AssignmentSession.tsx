'use client';

import { useMemo, useState } from 'react';
import AssessmentView from '@/components/assignment/AssessmentView';
import AssignmentDetails from '@/components/assignment/AssignmentDetails';
import AttemptView from '@/components/quiz/AttemptView';
import HeldByAssessment from '@/components/quiz/HeldByAssessment';
import LiveRegion from '@/components/ui/LiveRegion';
import NameForm from '@/components/assignment/NameForm';
import PastDueNotice from '@/components/assignment/PastDueNotice';
import ReceiptPanel from '@/components/assignment/ReceiptPanel';
import TakingAs from '@/components/assignment/TakingAs';
import { useHeldByAssessment } from '@/hooks/useHeldByAssessment';
import { contentVersion, normalizeName, studentChoices, studentQuestions, type Assignment } from '@/lib/assignment';
import { answeredCount, isComplete } from '@/lib/attempt';
import { questionLookup, type QuestionRef } from '@/lib/content/refs';
import UserText from '@/components/ui/UserText';
import { useMinuteClock } from '@/hooks/useMinuteClock';
import { dayOf, endOfDue } from '@/lib/days';
import { formatDate } from '@/lib/format';
import { studentNameOf } from '@/lib/plainText';
import type { Quiz } from '@/lib/content/schema';
import type { Slot } from '@/lib/progress/constants';
import { renameAssignment, restartAssignment } from '@/store/assignmentHistory';
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
  const now = useMinuteClock();

  const questionCount = Math.min(assignment.draw ?? pool.length, pool.length);
  const contentChanged = contentVersion(pool, lookup) !== assignment.contentVersion;
  const assessment = assignment.feedback === 'assessment';
  const answersFrom = assessment && assignment.answersAfterDue && assignment.due ? endOfDue(assignment.due) : undefined;
  const attempt = progress?.current;
  const finished = progress?.finished.at(-1);
  const answered = attempt ? answeredCount(attempt) : 0;
  // Practice with feedback on questions another assessment on this device still holds would give them away.
  const held = useHeldByAssessment(assessment ? [] : pool);

  const questionFor = (ref: string) => {
    const question = lookup.get(ref);
    return question && { ...question, choices: studentChoices(assignment, ref, question, studentName) };
  };

  const begin = (typed: string) => {
    // The name as results carry it: the attempt's slot and draw must come from the same name the store keeps.
    const name = studentNameOf(typed);
    const nameSlot = slotFor(assignment, name);
    if (studentName && selectSlot(progressStore.getState(), slot))
      renameAssignment(progressStore, slot, studentName, nameSlot);
    setStudentName(name);
    setChangingName(false);
    const existing = selectSlot(progressStore.getState(), nameSlot);
    if (!existing?.current && !existing?.finished.length) {
      setStarted(true);
      start(nameSlot, 'full', studentQuestions(assignment, pool, name, lookup), Date.now(), assessment, answersFrom);
    }
  };

  const onRestart = () => {
    setStarted(true);
    restartAssignment(progressStore, slot, Date.now(), assessment, answersFrom);
    setAnnouncement('Started again. Your teacher will see that you did.');
  };

  // While a question is on screen, one line says whose assignment it is: the card would push the prompt down.
  const taking = hydrated && held === 0 && Boolean(studentName) && !changingName && Boolean(attempt);

  return (
    <>
      <LiveRegion message={announcement} />
      {taking ? (
        <p className="text-sm font-medium text-slate-700">
          {assignment.title ? <UserText>{assignment.title}</UserText> : 'Assignment'}
          {assignment.due && ` · ${dayOf(now) > assignment.due ? 'was due' : 'due'} ${formatDate(assignment.due)}`}
        </p>
      ) : (
        <>
          <AssignmentDetails assignment={assignment} questionCount={questionCount} />
          <PastDueNotice due={assignment.due} />
          {contentChanged && (
            <p className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
              Some of these questions changed after your teacher made this link. You can still take it; your teacher’s
              gradebook will say if your result cannot be compared.
            </p>
          )}
        </>
      )}
      <div className={taking ? 'mt-2' : 'mt-6'}>
        {!hydrated ? (
          <p className="text-slate-700">Loading your progress…</p>
        ) : held > 0 ? (
          <HeldByAssessment held={held} />
        ) : !studentName || changingName ? (
          <NameForm initialName={studentName} onSubmit={begin} />
        ) : attempt ? (
          <>
            {!started && answered > 0 && (
              <p className="mb-4 rounded-md border border-blue-300 bg-blue-50 p-3 font-medium">
                Welcome back: {answered} of {attempt.questionIds.length} done.
                {assessment && isComplete(attempt) ? ' Check your answers, then hand in.' : ''}
              </p>
            )}
            {assessment ? (
              <AssessmentView
                slot={slot}
                attempt={attempt}
                questionFor={questionFor}
                announce={setAnnouncement}
                onHandIn={() => setAnnouncement('Handed in. Your result is below.')}
                focusFirstQuestion={started}
              />
            ) : (
              <AttemptView
                slot={slot}
                attempt={attempt}
                questionFor={questionFor}
                announce={setAnnouncement}
                onFinish={() => setAnnouncement('Finished. Your result is below.')}
                focusFirstQuestion={started}
              />
            )}
          </>
        ) : finished ? (
          <ReceiptPanel
            assignment={assignment}
            attempt={finished}
            history={{ renamedFrom: progress?.renamedFrom, restarts: progress?.restarts }}
            name={studentName}
            lookup={lookup}
          />
        ) : (
          <NameForm initialName={studentName} onSubmit={begin} />
        )}
        {hydrated && held === 0 && studentName && !changingName && (
          <TakingAs
            name={studentName}
            // The name is fixed from the first answer until the result is handed in, so no one finishes
            // an attempt under a name other than the one it was started with.
            canChangeName={answered === 0}
            canRestart={answered > 0 || Boolean(finished)}
            onChangeName={() => setChangingName(true)}
            onRestart={onRestart}
          />
        )}
      </div>
    </>
  );
}
