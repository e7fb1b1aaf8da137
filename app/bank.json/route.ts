import { questionBankFile } from '@/lib/content/bankFile';

// The whole question bank as one same-origin file, for the pages that need full questions only once the student or
// teacher acts (a review deck, an assignment, the gradebook's checks): they fetch it rather than carry it in their
// HTML. Static, so `next build` prerenders it, the export writes out/bank.json, and the service worker precaches
// it with the pages.
export const dynamic = 'force-static';

export function GET() {
  return new Response(questionBankFile().body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
