'use client';

import ProgressSafety from '@/components/progress/ProgressSafety';
import PageError from '@/components/ui/PageError';

/**
 * When the root layout itself fails, this replaces the whole document, so it brings its own <html> and <body>. It
 * imports no stylesheet: the failed page's stays in the document's head (React keeps a stylesheet it has placed
 * there), and one imported here would be sent again in every page's HTML (app/layout.tsx).
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased">
        <title>Something went wrong · SourceCheck</title>
        <main className="mx-auto max-w-2xl px-4 py-6">
          <p className="mb-4 text-lg font-bold text-blue-900">SourceCheck</p>
          <PageError retry={retry}>
            <ProgressSafety />
          </PageError>
        </main>
      </body>
    </html>
  );
}
