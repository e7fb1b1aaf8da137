import { loadGlossary } from '@/lib/content/load';

// Every glossary definition by its entry's id, fetched the first time a student opens a marked word: the pages that
// mark words carry only the words, not a paragraph of definitions most students never open. Static, so the export
// writes out/glossary.json and the service worker precaches it with the pages, and offline reading keeps it.
export const dynamic = 'force-static';

export function GET() {
  const definitions = Object.fromEntries(loadGlossary().map((entry) => [entry.id, entry.definition]));
  return Response.json(definitions);
}
