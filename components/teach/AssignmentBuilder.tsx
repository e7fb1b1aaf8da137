'use client';

import dynamic from 'next/dynamic';
import { useEffect, useMemo, useRef, useState } from 'react';
import AssignmentOptions from '@/components/teach/AssignmentOptions';
import FormField from '@/components/ui/FormField';
import QuestionPicker from '@/components/teach/QuestionPicker';
import { useLocationHash } from '@/hooks/useLocationHash';
import { passagesIn, type Assignment } from '@/lib/assignment';
import { OWN_QUIZ_ID } from '@/lib/ownQuizzes';
import type { AssignmentForm } from '@/lib/buildAssignment';
import { questionLookup } from '@/lib/content/refs';
import type { QuizListing } from '@/lib/content/outline';
import type { Question, Quiz } from '@/lib/content/schema';
import { duplicateOf } from '@/lib/duplicateLink';
import { useMine, type Mine } from '@/hooks/useMine';
import { loadQuestionBank } from '@/hooks/useQuestionBank';

// The link, its QR code and the sharing buttons load with the first link made, not with the builder.
const AssignmentShare = dynamic(() => import('@/components/teach/AssignmentShare'), { ssr: false });

/** Loaded after the builder has painted: the list of kept assignments is not needed to start one. */
const keptAssignments = () => import('@/store/assignments').then((m) => m.assignmentsStore);

/** The teacher's own questions as the picker offers them: one more quiz, before the bank's. */
function myQuestions(questions: Question[]): Quiz[] {
  return questions.length === 0
    ? []
    : [{ id: OWN_QUIZ_ID, title: 'My questions', summary: '', topic: '', level: 'core', questions }];
}

const INITIAL: AssignmentForm = {
  selected: new Set(),
  draw: null,
  shuffleQuestions: true,
  shuffleChoices: true,
  feedback: 'practice',
  answersAfterDue: false,
  title: '',
  className: '',
  due: '',
  teacherEmail: '',
  dropBox: false,
};

/** Said when the builder's code or the bank's questions did not load. */
const NOT_LOADED = 'The questions could not be loaded: check that this device is online';

/**
 * `quizzes` lists the bank, by prompt; the whole bank (`bank` is its integrity), which a link needs for every
 * question's choices and key, is fetched once the builder has painted.
 */
export default function AssignmentBuilder({ quizzes: listed, bank }: { quizzes: QuizListing[]; bank: string }) {
  const [form, setForm] = useState<AssignmentForm>(INITIAL);
  const [errors, setErrors] = useState<Partial<Record<keyof AssignmentForm, string>>>({});
  /** The link just made, with the bank it was made from. */
  const [created, setCreated] = useState<{ assignment: Assignment; wholeBank: Quiz[] } | null>(null);
  /** One link made at a time: the button waits while one is, a drop box's opening included. */
  const [making, setMaking] = useState<'link' | 'dropBox' | null>(null);
  /** What had focus when Create was pressed: the lock below takes it away, and a link not made gives it back. */
  const focusedAtCreate = useRef<HTMLElement | null>(null);
  const [dropBoxProblem, setDropBoxProblem] = useState<string | null>(null);
  const [bankProblem, setBankProblem] = useState(false);
  const [duplicated, setDuplicated] = useState<Mine>({ questions: [], articles: [] });
  const mine = useMine(duplicated);
  const quizzes: QuizListing[] = useMemo(() => [...myQuestions(mine.questions), ...listed], [mine, listed]);
  const lookup = useMemo(() => questionLookup(quizzes), [quizzes]);
  /** Whether the device kept the link just made in My assignments; null until it has answered. */
  const [kept, setKept] = useState<boolean | null>(null);
  const [duplicating, setDuplicating] = useState('');
  const hash = useLocationHash();

  // Fetched now rather than on Create, so a link is made at once, and a new version of the app deployed while the
  // page is open (whose bank its integrity check would refuse) cannot stop it. A failure here is said by Create,
  // which asks again.
  useEffect(() => {
    loadQuestionBank(bank).catch(() => {});
  }, [bank]);

  // "Duplicate for another class" lands here with the kept assignment's id in the fragment.
  useEffect(() => {
    const id = duplicateOf(hash);
    if (!id) return;
    window.history.replaceState(null, '', window.location.pathname);
    void Promise.all([keptAssignments(), import('@/lib/keptAssignment'), loadQuestionBank(bank)]).then(
      async ([store, { formFromAssignment }, quizzes]) => {
        await store.getState().actions.load();
        const source = store.getState().kept.find((k) => k.assignment.id === id);
        const filled = source ? formFromAssignment(source.assignment, quizzes) : null;
        if (!filled) return setDuplicating('That assignment is not kept on this device, or its questions are gone.');
        setDuplicated({
          questions: source?.assignment.ownQuestions ?? [],
          articles: source?.assignment.articles ?? [],
        });
        setForm(filled);
        setCreated(null);
        setDuplicating(
          `A copy of “${source?.assignment.title ?? 'Untitled assignment'}”: the same questions and settings. Name the class, then create its link.`,
        );
      },
      () =>
        setDuplicating(`That assignment was not copied. ${NOT_LOADED}, then press Duplicate in My assignments again.`),
    );
  }, [hash, bank]);

  // A link made takes focus to itself (components/teach/AssignmentShare.tsx); one refused leaves the teacher where
  // they were, in the field they pressed Enter in or on Create, once the form is unlocked.
  useEffect(() => {
    if (making !== null || !focusedAtCreate.current) return;
    if (!created) focusedAtCreate.current.focus();
    focusedAtCreate.current = null;
  }, [making, created]);

  const update = (change: Partial<AssignmentForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setCreated(null);
  };

  /** Shows the link once the device has said whether it kept it: the page never calls it kept before it is. */
  const show = async (assignment: Assignment, wholeBank: Quiz[]) => {
    // A store that will not load (a lost connection mid-update) is a device that did not keep it: the link still shows.
    const keeping = await keptAssignments()
      .then((store) => store.getState().actions.keep(assignment))
      .then(
        () => true,
        () => false,
      );
    setKept(keeping);
    setCreated({ assignment, wholeBank });
  };

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    if (making) return;
    focusedAtCreate.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setMaking('link');
    setDropBoxProblem(null);
    try {
      // The link's rules (and zod) load with the first link made, not with the builder.
      const loaded = await Promise.all([import('@/lib/buildAssignment'), loadQuestionBank(bank)]).catch(() => null);
      setBankProblem(!loaded);
      if (!loaded) {
        setErrors({});
        return setCreated(null);
      }
      const [{ buildAssignment }, wholeBank] = loaded;
      const result = buildAssignment(form, [...myQuestions(mine.questions), ...wholeBank], mine.articles);
      setErrors(result.ok ? {} : result.errors);
      if (!result.ok) return setCreated(null);
      if (!form.dropBox) return await show(result.assignment, wholeBank);
      setMaking('dropBox');
      // Loaded only by a teacher who asks for a drop box: the builder's first scripts stay as they were.
      const opened = await Promise.all([import('@/lib/teacherBox'), import('@/store/dropBoxes')])
        .then(([{ withDropBox }, { dropBoxStore }]) =>
          withDropBox(result.assignment, dropBoxStore.getState().actions.add),
        )
        .catch(() => ({ ok: false as const, message: 'This device could not open a drop box.' }));
      if (opened.ok) await show(opened.assignment, wholeBank);
      else setDropBoxProblem(opened.message);
    } finally {
      setMaking(null);
    }
  };

  return (
    <>
      <form onSubmit={create} noValidate className="space-y-6">
        {/* Locked while the link is made: it is made from the form as it was when Create was pressed, and an edit
            made while a drop box opened (seconds, on a slow connection) would have been left out of the link shown
            beside it. */}
        <fieldset disabled={making !== null} role="none" className="space-y-6">
          {duplicating && (
            <p role="status" className="rounded border border-blue-800 bg-blue-50 p-3 text-sm">
              {duplicating}
            </p>
          )}
          <section aria-labelledby="pick-heading">
            <h2 id="pick-heading" className="text-lg font-semibold">
              1. Questions
            </h2>
            <p id="pick-error" className="min-h-6 text-sm font-medium text-red-800">
              {errors.selected}
            </p>
            <QuestionPicker
              quizzes={quizzes}
              articles={mine.articles}
              selected={form.selected}
              onChange={(selected) => update({ selected })}
            />
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
        </fieldset>

        <p role="alert" className="text-sm font-medium text-red-800">
          {Object.values(errors).length > 0 && `The link was not made: ${Object.values(errors).join(' ')}`}
          {bankProblem && `The link was not made. ${NOT_LOADED}, then press Create again.`}
          {dropBoxProblem &&
            `The link was not made: ${dropBoxProblem} Try again, or turn off “Results come back to me automatically”.`}
        </p>
        <p role="status" className="sr-only">
          {making === 'dropBox' ? 'Opening a drop box for the results…' : ''}
        </p>
        <button type="submit" className="btn-primary w-full sm:w-auto" disabled={making !== null}>
          {making === 'dropBox' ? 'Opening a drop box…' : 'Create the assignment link'}
        </button>
      </form>
      {created && <AssignmentShare assignment={created.assignment} kept={kept === true} quizzes={created.wholeBank} />}
    </>
  );
}
