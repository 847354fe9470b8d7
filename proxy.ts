import { NextResponse, type NextRequest } from 'next/server';
import { entryTitle, type EntryKind } from '@/db/queries/entry-lookup';
import { parseId } from '@/app/lib/route-params';
import { slugParam } from '@/app/lib/search-params';

// With Cache Components a page sends its shell (and a 200) before it can look anything
// up, so a notFound() inside it can no longer set the status. Detail pages of unknown or
// retired entries are answered here instead, before rendering, with a real 404.

const KIND_BY_SECTION: Record<string, EntryKind> = {
  aid: 'aid',
  sanctions: 'sanction',
  events: 'event',
  sources: 'source',
  parties: 'party',
};

function exists(section: string, raw: string): boolean {
  const kind = KIND_BY_SECTION[section];
  if (!kind) return true;
  let key: string;
  try {
    key = decodeURIComponent(raw);
  } catch {
    return false;
  }
  if (kind === 'party') return slugParam.safeParse(key).success && entryTitle('party', key) !== null;
  const id = parseId(key);
  return id !== null && entryTitle(kind, id) !== null;
}

export function proxy(request: NextRequest) {
  const [, section = '', key = ''] = request.nextUrl.pathname.split('/');
  if (exists(section, key)) return NextResponse.next();
  return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
}

export const config = {
  matcher: ['/aid/:id', '/sanctions/:id', '/events/:id', '/sources/:id', '/parties/:slug'],
};
