import PageLink from '@/components/ui/PageLink';

export default function PageNotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-700">
        There is no quiz or source at this address. The link may be mistyped, or the quiz may have been renamed.
      </p>
      <PageLink href="/" className="btn-primary mt-4">
        See all quizzes
      </PageLink>
    </>
  );
}
