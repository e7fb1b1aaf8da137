'use client';

import ProgressSafety from '@/components/progress/ProgressSafety';
import PageError from '@/components/ui/PageError';

/** Any page that fails to render shows this inside the app's own header and footer, never Next's bare screen. */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <PageError retry={retry}>
      <ProgressSafety />
    </PageError>
  );
}
