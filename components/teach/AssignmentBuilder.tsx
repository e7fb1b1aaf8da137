'use client';

import { useMemo, useState } from 'react';
import AssignmentOptions from '@/components/teach/AssignmentOptions';
import AssignmentShare from '@/components/teach/AssignmentShare';
import FormField from '@/components/ui/FormField';
import QuestionPicker from '@/components/teach/QuestionPicker';
import { encodeAssignment, passagesIn, type Assignment } from '@/lib/assignment';
import { buildAssignment, type AssignmentForm } from '@/lib/buildAssignment';
import { questionLookup } from '@/lib/content/refs';
import type { Quiz } from '@/lib/content/schema';

const INITIAL: AssignmentForm = {
  selected: new Set(),
  draw: null,
  shuffleQuestions: true,
  shuffleChoices: true,
  feedback: 'practice',
  title: '',
  className: '',
  due: '',
  teacherEmail: '',
  dropBox: false,
};

export default function AssignmentBuilder({ quizzes }: { quizzes: Quiz[] }) {
  const [form, setForm] = useState<AssignmentForm>(INITIAL);
  const [errors, setErrors] = useState<Partial<Record<keyof AssignmentForm, string>>>({});
  const [created, setCreated] = useState<Assignment | null>(null);
  const [opening, setOpening] = useState(false);
  const [dropBoxProblem, setDropBoxProblem] = useState<string | null>(null);
  const lookup = useMemo(() => questionLookup(quizzes), [quizzes]);

  const update = (change: Partial<AssignmentForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setCreated(null);
  };

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = buildAssignment(form, quizzes);
    setErrors(result.ok ? {} : result.errors);
    setDropBoxProblem(null);
    if (!result.ok || !form.dropBox) return setCreated(result.ok ? result.assignment : null);
    setOpening(true);
    // Loaded only by a teacher who asks for a drop box: the builder's first scripts stay as they were.
    const [{ withDropBox }, { dropBoxStore }] = await Promise.all([
      import('@/lib/teacherBox'),
      import('@/store/dropBoxes'),
    ]);
    const opened = await withDropBox(result.assignment, dropBoxStore.getState().actions.add);
    setOpening(false);
    if (opened.ok) setCreated(opened.assignment);
    else setDropBoxProblem(opened.message);
  };

  return (
    <>
      <form onSubmit={create} noValidate className="space-y-6">
        <section aria-labelledby="pick-heading">
          <h2 id="pick-heading" className="text-lg font-semibold">
            1. Questions
          </h2>
          <p id="pick-error" className="min-h-6 text-sm font-medium text-red-800">
            {errors.selected}
          </p>
          <QuestionPicker quizzes={quizzes} selected={form.selected} onChange={(selected) => update({ selected })} />
          <p className="mt-2 text-sm text-slate-700">{form.selected.size} questions chosen.</p>
        </section>

        <AssignmentOptions
          form={form}
          drawError={errors.draw}
          passages={passagesIn([...form.selected], lookup)}
          update={update}
        />

        <section aria-labelledby="details-heading" className="space-y-3">
          <h2 id="details-heading" className="text-lg font-semibold">
            3. Details (optional)
          </h2>
          <FormField
            label="Title"
            value={form.title}
            error={errors.title}
            maxLength={100}
            onChange={(title) => update({ title })}
          />
          <FormField
            label="Class"
            value={form.className}
            error={errors.className}
            maxLength={60}
            onChange={(className) => update({ className })}
          />
          <FormField
            label="Due date"
            type="date"
            value={form.due}
            error={errors.due}
            onChange={(due) => update({ due })}
          />
          <FormField
            label="Your email, for the “Email to my teacher” button"
            type="email"
            value={form.teacherEmail}
            error={errors.teacherEmail}
            maxLength={120}
            onChange={(teacherEmail) => update({ teacherEmail })}
            hint="It goes into the link itself: only students who have the link see it."
          />
        </section>

        <p role="alert" className="text-sm font-medium text-red-800">
          {Object.values(errors).length > 0 && `The link was not made: ${Object.values(errors).join(' ')}`}
          {dropBoxProblem &&
            `The link was not made: ${dropBoxProblem} Try again, or turn off “Results come back to me automatically”.`}
        </p>
        <p role="status" className="sr-only">
          {opening ? 'Opening a drop box for the results…' : ''}
        </p>
        <button type="submit" className="btn-primary w-full sm:w-auto" disabled={opening}>
          {opening ? 'Opening a drop box…' : 'Create the assignment link'}
        </button>
      </form>
      {created && <AssignmentShare assignment={created} token={encodeAssignment(created)} />}
    </>
  );
}
