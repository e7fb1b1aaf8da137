import OutboxRetry from '@/components/assignment/OutboxRetry';
import PageLink from '@/components/ui/PageLink';
import ServiceWorkerRegistration from '@/components/ui/ServiceWorkerRegistration';
import StorageNotice from '@/components/progress/StorageNotice';
import StoreHydrator from '@/components/progress/StoreHydrator';
import TextSettingsButton from '@/components/settings/TextSettingsButton';
import { textSettingsScript } from '@/lib/textSettings';

const NAV = [
  { href: '/review', label: 'Review' },
  { href: '/progress', label: 'Progress' },
  { href: '/teach', label: 'Teach' },
];

/** The document around every page, the 404 page included: the header, its navigation, the footer. */
export default function SiteFrame({ children }: { children: React.ReactNode }) {
  return (
    // The head script sets the student's text settings on <html> before React hydrates, so <html>'s attributes
    // differ from the server's by design.
    <html lang="en" suppressHydrationWarning>
      {/* The root layout's and the global 404's document (app/), so a <head> of its own, as a root layout has. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: textSettingsScript }} />
      </head>
      {/* group/page: a page that holds a [data-wide] element (the gradebook) takes a laptop's width, header too. */}
      <body className="group/page min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-4 focus:py-3 focus:ring-2 focus:ring-blue-800"
        >
          Skip to content
        </a>
        {/* Printed pages carry the page's own content only: no site header, navigation or footer. */}
        <header className="border-b border-slate-200 bg-white print:hidden">
          <div className="mx-auto flex max-w-2xl flex-wrap group-has-[[data-wide]]/page:max-w-7xl items-center justify-between gap-x-2 px-4">
            {/* Sized so the whole header is one line on a 390 px phone, leaving the question high on the screen. */}
            <PageLink href="/" className="inline-flex min-h-11 items-center text-base font-bold text-blue-900">
              SourceCheck
            </PageLink>
            <nav aria-label="Main">
              <ul className="flex flex-wrap gap-x-2.5">
                {NAV.map(({ href, label }) => (
                  <li key={href}>
                    <PageLink
                      href={href}
                      className="inline-flex min-h-11 items-center text-blue-900 underline-offset-2 hover:underline"
                    >
                      {label}
                    </PageLink>
                  </li>
                ))}
              </ul>
            </nav>
            <TextSettingsButton />
          </div>
        </header>
        <StorageNotice />
        <main id="main" className="mx-auto min-h-dvh max-w-2xl px-4 py-6 group-has-[[data-wide]]/page:max-w-7xl">
          {children}
        </main>
        <footer className="mx-auto max-w-2xl px-4 pb-8 text-sm text-slate-600 print:hidden">
          {/* One footer for the student's pages and one for the teacher's (app/(site)/teach/layout.tsx), chosen by CSS. */}
          <p className="group-has-[[data-teacher]]/page:hidden">
            SourceCheck has no accounts and no tracking: your answers and scores leave this device only when you send
            them, or when your teacher’s assignment sends your result to them, sealed so that only they can read it.
          </p>
          <p className="hidden group-has-[[data-teacher]]/page:block">
            SourceCheck has no accounts and no tracking: your assignments, rosters and students’ results are kept in
            this browser only, and results that come back by themselves are sealed so that only this browser can open
            them. Download a backup from My assignments to keep them safe.
          </p>
        </footer>
        <StoreHydrator />
        <ServiceWorkerRegistration />
        <OutboxRetry />
      </body>
    </html>
  );
}
