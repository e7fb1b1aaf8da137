'use client';

import { useState } from 'react';
import DownloadProgressButton from '@/components/progress/DownloadProgressButton';
import JsonFileButton from '@/components/ui/JsonFileButton';
import StorageUsage from '@/components/ui/StorageUsage';
import { PROGRESS_KEY } from '@/lib/progress/constants';
import { useProgress, useProgressActions } from '@/store/progress';

/** Carry progress to another device as a file; a file that cannot be read changes nothing. */
export default function ProgressTransfer() {
  const { mergeIn } = useProgressActions();
  // Measured again whenever an attempt changes, which is when the stored copy grows.
  const quizzes = useProgress((s) => s.quizzes);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const upload = async (file: File) => {
    // The file's schemas load when a file is opened, not with the page.
    const [{ readProgressFile }, text] = await Promise.all([import('@/lib/progress/file'), file.text()]);
    const read = readProgressFile(text);
    if (read.ok) await mergeIn(read.value);
    setMessage(
      read.ok
        ? { ok: true, text: `Imported ${file.name}: its progress is merged with what was already on this device.` }
        : { ok: false, text: `${file.name} was not imported, and nothing changed. ${read.reason}` },
    );
  };

  return (
    <section aria-labelledby="transfer-heading" className="mt-8">
      <h2 id="transfer-heading" className="text-lg font-semibold">
        Move your progress to another device
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <DownloadProgressButton />
        <JsonFileButton label="Import a progress file" onFile={(file) => void upload(file)} />
      </div>
      <p
        role="status"
        className={`mt-2 text-sm ${message?.ok === false ? 'font-medium text-red-800' : 'text-slate-800'}`}
      >
        {message?.text}
      </p>
      <StorageUsage watch={quizzes} localKey={PROGRESS_KEY} />
    </section>
  );
}
