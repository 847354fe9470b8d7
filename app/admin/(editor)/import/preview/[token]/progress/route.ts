import { connection } from 'next/server';
import { SIGNED_OUT_MESSAGE } from '@/app/lib/auth/editor';
import { currentEditor } from '@/app/lib/auth/session';
import { readImportProgress } from '@/app/lib/import-job';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** How far a confirmed import has got, for the import page to show while it waits; editors only. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  await connection();
  // proxy.ts sends a visitor without a session to sign in first; checked here all the same.
  if (!(await currentEditor()))
    return Response.json({ message: SIGNED_OUT_MESSAGE }, { status: 401, headers: NO_STORE });
  const progress = readImportProgress((await params).token);
  if (!progress)
    return Response.json(
      { message: 'This import is unknown or already done.' },
      { status: 404, headers: NO_STORE },
    );
  return Response.json(progress, { headers: NO_STORE });
}
