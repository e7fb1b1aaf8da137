import PageNotFound from '@/components/ui/PageNotFound';

/** A page that finds no quiz or source by its address (notFound()). */
export default function NotFound() {
  return <PageNotFound />;
}
