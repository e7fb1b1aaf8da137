'use client';

import { useRouter } from 'next/navigation';
import type { AnchorHTMLAttributes } from 'react';

type PageLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A link to another page of the app. The app's router follows it, so the app stays loaded from page to page: what a
 * student did stays in memory even on a device that refuses to store it. It fetches the page when followed, never
 * ahead: prefetching every link in view costs a phone data and main-thread time in its first seconds, and the
 * offline worker already keeps every page. Clicks meant for the browser (a new tab, a modifier key, another button)
 * are left to it. next/link does this and more than the app uses, for 2.9 kB of gzip on every page
 * (eslint.config.mjs keeps it out of the app).
 */
export default function PageLink({ href, onClick, ...props }: PageLinkProps) {
  const router = useRouter();
  const follow = (event: React.MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const forBrowser = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || forBrowser || (props.target && props.target !== '_self')) return;
    event.preventDefault();
    router.push(href);
  };
  return <a {...props} href={href} onClick={follow} />;
}
