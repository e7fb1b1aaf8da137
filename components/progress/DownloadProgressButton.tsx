'use client';

import DownloadButton from '@/components/ui/DownloadButton';
import { progressOf, progressStore } from '@/store/progress';

/** The learner's progress as a file, made from memory: it works when the device will not save. */
export default function DownloadProgressButton() {
  return (
    <DownloadButton
      label="Download my progress"
      file={async () => {
        // The file's reader and its schemas load only when someone asks for a file.
        const { progressFile } = await import('@/lib/progress/file');
        return {
          name: 'sourcecheck-progress.json',
          text: progressFile(progressOf(progressStore.getState()), Date.now()),
          type: 'application/json',
        };
      }}
    />
  );
}
