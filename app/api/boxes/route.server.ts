import { handleCreateBox } from '@/lib/dropBox/requests';
import { dropBoxService } from '@/lib/dropBox/service';

// The results drop box's routes are named route.server.ts: next.config.js adds that extension only when not
// exporting, so the static export has no API. PGlite and pg need Node.js, and nothing here may be prerendered.
// The handlers in [id]/ spell out their params' type rather than use Next's RouteContext: the export's type check,
// which knows no API routes, still reads these files.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleCreateBox(request, dropBoxService());
}
