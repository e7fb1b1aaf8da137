import ChoiceField from '@/components/ui/ChoiceField';
import type { AssignmentForm } from '@/lib/buildAssignment';
import { BOX_KEPT_AFTER_DUE, DROP_BOX_AVAILABLE } from '@/lib/dropBoxSettings';

interface AssignmentOptionsProps {
  form: AssignmentForm;
  drawError?: string;
  /** How many passages the chosen questions quote: a draw takes one question a passage while it can. */
  passages: number;
  update: (change: Partial<AssignmentForm>) => void;
}

/** How students take an assignment: how many questions, in what order, and when they see right and wrong. */
export default function AssignmentOptions({ form, drawError, passages, update }: AssignmentOptionsProps) {
  return (
    <section aria-labelledby="options-heading" className="space-y-4">
      <h2 id="options-heading" className="text-lg font-semibold">
        2. How students take it
      </h2>
      <fieldset>
        <legend className="font-medium">Questions each student gets</legend>
        <ChoiceField type="radio" name="draw" checked={form.draw === null} onChange={() => update({ draw: null })}>
          All chosen questions
        </ChoiceField>
        <div className="flex flex-wrap items-center gap-x-3">
          <ChoiceField
            type="radio"
            name="draw"
            checked={form.draw !== null}
            onChange={() => update({ draw: Math.min(10, Math.max(form.selected.size, 1)) })}
          >
            A random draw
          </ChoiceField>
          <label className="flex min-h-11 flex-wrap items-center gap-2">
            of
            <input
              type="number"
              min={1}
              max={Math.max(form.selected.size, 1)}
              aria-label="Number of questions to draw"
              aria-describedby="draw-error"
              className="min-h-11 w-20 rounded border border-slate-400 px-2"
              value={form.draw ?? ''}
              onChange={(e) => update({ draw: e.target.value === '' ? 0 : Number(e.target.value) })}
              disabled={form.draw === null}
            />
            questions per student
          </label>
        </div>
        <p id="draw-error" className="text-sm font-medium text-red-800">
          {drawError}
        </p>
        {form.draw !== null && form.draw > passages && form.draw < form.selected.size && (
          <p id="draw-passages" className="text-sm text-slate-700">
            These questions quote {passages} {passages === 1 ? 'passage' : 'different passages'}, so some students get
            two questions on the same words, and the quote shown with one can answer the other. Choose questions on more
            passages, or draw {passages} or fewer, for one question a passage.
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend className="font-medium">Order</legend>
        <ChoiceField
          type="checkbox"
          checked={form.shuffleQuestions}
          onChange={(on) => update({ shuffleQuestions: on })}
        >
          Shuffle the questions for each student
        </ChoiceField>
        <ChoiceField type="checkbox" checked={form.shuffleChoices} onChange={(on) => update({ shuffleChoices: on })}>
          Shuffle the choices for each student
        </ChoiceField>
        <p className="text-sm text-slate-700">
          Each student always gets the same order for their name, so a reload changes nothing.
        </p>
      </fieldset>
      <fieldset>
        <legend className="font-medium">Feedback</legend>
        <ChoiceField
          type="radio"
          name="feedback"
          checked={form.feedback === 'practice'}
          onChange={() => update({ feedback: 'practice' })}
        >
          Practice: right or wrong, with the quote, after each question
        </ChoiceField>
        <ChoiceField
          type="radio"
          name="feedback"
          checked={form.feedback === 'assessment'}
          onChange={() => update({ feedback: 'assessment' })}
        >
          Assessment: answers and quotes only at the end
        </ChoiceField>
      </fieldset>
      <fieldset>
        <legend className="font-medium">Results</legend>
        {DROP_BOX_AVAILABLE ? (
          <>
            <ChoiceField type="checkbox" checked={form.dropBox} onChange={(on) => update({ dropBox: on })}>
              Results come back to me automatically
            </ChoiceField>
            <p className="text-sm text-slate-700">
              Each result is sealed on the student’s device so that only this browser can open it, and waits for you in
              a drop box on this site’s server, which cannot read it. The server deletes the box {BOX_KEPT_AFTER_DUE}.
              Without it, students send you their result links.
            </p>
          </>
        ) : (
          <p className="text-sm text-slate-700">
            Students send you their result links, or show you their result’s QR code to scan. This copy of SourceCheck
            is a static site with no server of its own, so it has no drop box for results to come back by themselves.
          </p>
        )}
      </fieldset>
    </section>
  );
}
