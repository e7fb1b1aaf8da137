import UserText from '@/components/ui/UserText';
import { dayOf } from '@/lib/days';
import { formatDate } from '@/lib/format';
import type { Receipt } from '@/lib/receipt';

/** What the result tells the teacher besides the answers, said to the student first: nothing in it is hidden. */
export default function ResultRecord({ receipt }: { receipt: Receipt }) {
  const late = receipt.due !== undefined && dayOf(receipt.finishedAt) > receipt.due;
  const notes = [
    late && receipt.due && <>Handed in after the due date, {formatDate(receipt.due)}.</>,
    receipt.fewerChoices && <>Taken with fewer choices: one wrong choice was removed from questions of four or more.</>,
    receipt.restarts && <>You started again {receipt.restarts === 1 ? 'once' : `${receipt.restarts} times`}.</>,
    receipt.renamedFrom?.length && (
      <>
        Before this name you used: <UserText>{receipt.renamedFrom.join(', ')}</UserText>.
      </>
    ),
  ].filter(Boolean);
  if (notes.length === 0) return null;
  return (
    <div>
      <p className="font-medium">Your teacher sees this with your result:</p>
      <ul className="list-disc pl-6">
        {notes.map((note, index) => (
          <li key={index}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
