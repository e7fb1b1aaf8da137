import type { Metadata, Viewport } from 'next';
import PageNotFound from '@/components/ui/PageNotFound';
import SiteFrame from '@/components/ui/SiteFrame';
import { siteDescription, siteViewport } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found · SourceCheck', description: siteDescription };

export const viewport: Viewport = siteViewport;

/** An address no route matches: Next.js renders this without the root layout, so it brings the frame and the styles. */
export default function GlobalNotFound() {
  return (
    <SiteFrame>
      <PageNotFound />
    </SiteFrame>
  );
}
