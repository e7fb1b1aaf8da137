import { handleFetchResults, handlePostResult } from '@/lib/dropBox/requests';
import { dropBoxService } from '@/lib/dropBox/service';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handlePostResult(request, (await params).id, dropBoxService());
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleFetchResults(request, (await params).id, dropBoxService());
}
