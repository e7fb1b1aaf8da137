import PageNotFound from '@/components/ui/PageNotFound';

/**
 * A page's notFound(), should one be reached: each page lists its ids, so an unknown one is answered by
 * app/global-not-found.tsx before the page runs, with the same words.
 */
export default function NotFound() {
  return <PageNotFound />;
}
