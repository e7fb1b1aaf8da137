'use client';

import { useEffect } from 'react';
import PageLink from '@/components/ui/PageLink';
import { resultsInNoBackup } from '@/lib/teacherBackup';
import { backupsStore, useBackups } from '@/store/backups';
import { useGradebook } from '@/store/gradebook';

/**
 * How many results a lost or cleared browser would lose: said where the backup is made, and on the gradebook,
 * where results arrive, with the way to the backup.
 */
export default function BackupReminder({ showWhere = false }: { showWhere?: boolean }) {
  const receipts = useGradebook((s) => s.receipts);
  const record = useBackups((s) => s.record);
  const loaded = useBackups((s) => s.loaded);
  const unbacked = resultsInNoBackup(receipts, new Set(record.results));

  useEffect(() => {
    void backupsStore.getState().actions.load();
  }, []);

  if (!loaded || unbacked === 0) return null;
  return (
    <p role="status" className="mt-1 text-sm font-medium text-red-800">
      {unbacked} {unbacked === 1 ? 'result is' : 'results are'} in no backup yet.
      {showWhere && (
        <>
          {' '}
          <PageLink href="/teach/assignments#backup-heading" className="text-blue-900 underline">
            Download a backup on My assignments
          </PageLink>
          .
        </>
      )}
    </p>
  );
}
