import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to another page of the app. It fetches that page when followed, never ahead: prefetching every link in
 * view costs a phone data and main-thread time in its first seconds, and the offline worker already keeps every
 * page. The only place that imports next/link (eslint.config.mjs holds the rest of the app to it).
 */
export default function PageLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
