import ConfirmButton from '@/components/ui/ConfirmButton';
import UserText from '@/components/ui/UserText';
import { shortened } from '@/lib/format';

interface MyQuestionItemProps {
  /** A bank-article question or one on the teacher's own article: what both show is the same. */
  question: { prompt: string; quote: { paragraph: number; text: string } };
  onEdit: () => void;
  /** Asked only once the teacher has confirmed. */
  onDelete: () => void;
}

/** One question the teacher wrote, in their list of them: its prompt and quote, to edit or delete. */
export default function MyQuestionItem({ question: { prompt, quote }, onEdit, onDelete }: MyQuestionItemProps) {
  return (
    <li className="rounded border border-slate-200 bg-white p-3">
      <p className="font-medium">
        <UserText>{prompt}</UserText>
      </p>
      <p className="text-sm text-slate-700">
        Quotes paragraph {quote.paragraph}:{' '}
        <q>
          <UserText>{shortened(quote.text)}</UserText>
        </q>
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" onClick={onEdit}>
          Edit<span className="sr-only">: {prompt}</span>
        </button>
        <ConfirmButton
          label={
            <>
              Delete<span className="sr-only">: {prompt}</span>
            </>
          }
          question={
            <>
              Delete “<UserText>{prompt}</UserText>” from this device?
            </>
          }
          confirmLabel="Delete"
          onConfirm={onDelete}
        />
      </div>
    </li>
  );
}
