import { NextResponse, type NextRequest } from 'next/server';
import { entryExists } from '@/db/queries/exists';

// A page streams its shell before its data, which fixes the status at 200; a missing
// entry must be caught here, before rendering, for the response to be a real 404.
export function proxy(request: NextRequest) {
  const [, section = '', key = ''] = request.nextUrl.pathname.split('/');
  // Ids and slugs are plain ASCII, so an encoded key can never name an entry.
  if (!entryExists(section, key)) {
    // No route answers this path, so Next renders app/not-found.tsx.
    return NextResponse.rewrite(new URL('/_missing-entry', request.url), { status: 404 });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/aid/:key', '/sanctions/:key', '/events/:key', '/sources/:key', '/parties/:key'],
};
