/** A long link shown whole, selected on focus so it can be copied by hand where the clipboard is refused. */
export default function LinkField({ id, label, link }: { id: string; label: string; link: string }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        rows={4}
        value={link}
        onFocus={(e) => e.currentTarget.select()}
        className="mt-1 w-full break-all rounded border border-slate-400 bg-slate-50 p-2 font-mono text-sm"
      />
    </div>
  );
}
