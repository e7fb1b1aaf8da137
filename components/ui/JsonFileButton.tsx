'use client';

/** A button that opens a JSON file from the device: a progress file, a backup. The same file can be chosen twice. */
export default function JsonFileButton({ label, onFile }: { label: string; onFile: (file: File) => void }) {
  return (
    <label className="btn-secondary cursor-pointer has-focus-visible:outline-2 has-focus-visible:outline-blue-800">
      {label}
      <input
        type="file"
        accept="application/json,.json"
        className="sr-only"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </label>
  );
}
