import { handleAcknowledge } from '@/lib/dropBox/requests';
import { dropBoxService } from '@/lib/dropBox/service';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleAcknowledge(request, (await params).id, dropBoxService());
}
