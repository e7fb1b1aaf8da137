export default function Notice({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div role="alert" className="mb-4 rounded-md border border-amber-400 bg-amber-50 p-4 text-sm">
      <p>{message}</p>
      <button type="button" onClick={onDismiss} className="btn-secondary mt-2">
        OK
      </button>
    </div>
  );
}
