import type { Metadata, Viewport } from 'next';
import SiteFrame from '@/components/ui/SiteFrame';
import { siteDescription, siteViewport } from '@/lib/site';

// The stylesheet is imported by app/(site)/layout.tsx, not here: Next.js sends the root layout's CSS a second time
// with the global error page's styles, and with the CSS inline (next.config.js) that was a third copy of it in
// every page's HTML (vercel/next.js#98110).

export const metadata: Metadata = {
  title: { default: 'SourceCheck', template: '%s · SourceCheck' },
  description: siteDescription,
};

export const viewport: Viewport = siteViewport;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
