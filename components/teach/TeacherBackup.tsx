'use client';

import { useEffect, useRef, useState } from 'react';
import BackupReminder from '@/components/teach/BackupReminder';
import DownloadButton from '@/components/ui/DownloadButton';
import JsonFileButton from '@/components/ui/JsonFileButton';
import { backupFile, backupFileName, readBackupFile, type TeacherData } from '@/lib/teacherBackup';
import { backupsStore, useBackups } from '@/store/backups';
import { recordBackup, restoreTeacherData, teacherData, type Restored } from '@/store/teacherData';

function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function restoredText(name: string, restored: Restored): string {
  const { added, alreadyHere } = restored.results;
  return [
    `Restored ${name}: ${plural(added, 'result')} added (${alreadyHere} already here), ${plural(restored.assignments, 'assignment')}, ${plural(restored.rosters, 'roster')} and ${plural(restored.dropBoxes, 'drop box')} new to this device, merged with what was here.`,
    ...restored.problems,
  ].join(' ');
}

/** Everything the teacher has, as one file to download and restore: on a new device, or after the browser is cleared. */
export default function TeacherBackup() {
  const record = useBackups((s) => s.record);
  const loaded = useBackups((s) => s.loaded);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  /** What the file being downloaded holds, counted as backed up once the browser has the file. */
  const downloading = useRef<TeacherData | null>(null);

  useEffect(() => {
    void backupsStore.getState().actions.load();
  }, []);

  const restore = async (file: File) => {
    setMessage({ ok: true, text: `Reading ${file.name}…` });
    const read = readBackupFile(await file.text());
    if (!read.ok)
      return setMessage({ ok: false, text: `${file.name} was not restored, and nothing changed. ${read.reason}` });
    const restored = await restoreTeacherData(read.value);
    setMessage({ ok: restored.problems.length === 0, text: restoredText(file.name, restored) });
  };

  return (
    <section aria-labelledby="backup-heading" className="mt-10 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="backup-heading" className="text-xl font-semibold">
        Back up everything
      </h2>
      <p className="mt-2 text-sm">
        One file with your assignments, rosters and results, and the keys of your drop boxes. Restore it in another
        browser, or after this one’s storage is cleared: it is merged with what is there, and nothing is lost.
      </p>
      <p className="mt-2 rounded border border-amber-400 bg-amber-50 p-2 text-sm font-medium">
        Keep the file private, as you would a paper gradebook: it holds your students’ names and results, and anyone who
        has it can open the results still waiting in your drop boxes.
      </p>
      <p className="mt-2 text-sm">
        {!loaded
          ? ''
          : record.madeAt === undefined
            ? 'No backup has been downloaded in this browser yet.'
            : `Last backup downloaded ${new Date(record.madeAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}.`}
      </p>
      <BackupReminder />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <DownloadButton
          label="Download a backup"
          file={async () => {
            const now = Date.now();
            const current = await teacherData();
            downloading.current = current;
            return { name: backupFileName(now), text: backupFile(current, now), type: 'application/json' };
          }}
          onDownloaded={() => {
            if (downloading.current) void recordBackup(downloading.current);
          }}
        />
        <JsonFileButton label="Restore a backup" onFile={(file) => void restore(file)} />
      </div>
      <p
        role="status"
        className={`mt-2 text-sm ${message?.ok === false ? 'font-medium text-red-800' : 'text-slate-800'}`}
      >
        {message?.text}
      </p>
    </section>
  );
}
