import 'server-only';
import { connection } from 'next/server';
import type { PickerOption } from '@/db/queries/list/pickers';

export async function pickerResponse(
  request: Request,
  search: (q: string) => PickerOption[],
): Promise<Response> {
  await connection();
  const q = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 100);
  return Response.json(search(q), { headers: { 'Cache-Control': 'no-store' } });
}
