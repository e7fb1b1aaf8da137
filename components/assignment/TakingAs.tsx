import ConfirmButton from '@/components/ui/ConfirmButton';
import UserText from '@/components/ui/UserText';

interface TakingAsProps {
  name: string;
  canChangeName: boolean;
  canRestart: boolean;
  onChangeName: () => void;
  onRestart: () => void;
}

/** Whose attempt this is, and the two ways out of it: each is recorded in the result the teacher sees. */
export default function TakingAs({ name, canChangeName, canRestart, onChangeName, onRestart }: TakingAsProps) {
  return (
    <div className="mt-6 space-y-2 text-sm text-slate-700">
      <p>
        Taking this as{' '}
        <strong>
          <UserText>{name}</UserText>
        </strong>
        .{' '}
        {canChangeName ? (
          <button
            type="button"
            className="inline-flex min-h-11 items-center text-blue-900 underline"
            onClick={onChangeName}
          >
            Not you? Change the name
          </button>
        ) : (
          'The name cannot change once you have answered.'
        )}
      </p>
      {canRestart && (
        <ConfirmButton
          label="Start again"
          question="Start again with no answers? Your result will tell your teacher that you started again."
          confirmLabel="Start again"
          onConfirm={onRestart}
        />
      )}
    </div>
  );
}
