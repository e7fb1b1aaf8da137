import { sourceTextsFile } from '@/lib/content/sourceTextsFile';

// The sources' paragraphs as one same-origin file, for an assignment link that carries a teacher's own questions:
// they are checked against the words they quote before a student sees them. Static, so the export writes it and
// the service worker precaches it, as it does /bank.json.
export const dynamic = 'force-static';

export function GET() {
  return new Response(sourceTextsFile().body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
