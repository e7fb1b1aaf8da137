import { handleCloseBox } from '@/lib/dropBox/requests';
import { dropBoxService } from '@/lib/dropBox/service';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleCloseBox(request, (await params).id, dropBoxService());
}
