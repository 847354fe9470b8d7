import { it, vi } from 'vitest';
import { useTempAppDatabase } from '@/db/testing/app-database';
vi.mock('next/server', () => ({ connection: async () => undefined }));
vi.mock('next/cache', () => ({ cacheTag: () => undefined }));
import { GET } from '@/app/api/v1/overview/route';
import { GET as CH } from '@/app/api/v1/changes/route';
it('x', async () => {
  const c = useTempAppDatabase();
  const r = await GET(new Request('http://x/api/v1/overview?party=united-states&from=2022-01-01'));
  console.log(r.status, JSON.stringify(Object.fromEntries(r.headers)));
  const j = await r.json();
  const ab = { ...j, tables: Object.fromEntries(Object.entries(j.tables).map(([k, v]: [string, any]) => [k, v.slice(0, 2)])) };
  console.log(JSON.stringify(ab, null, 1));
  const t = await GET(new Request('http://x/api/v1/overview?table=aid_by_donor&format=csv'));
  console.log(t.status, JSON.stringify(Object.fromEntries(t.headers)), await t.text());
  const ch = await CH(new Request('http://x/api/v1/changes?limit=2'));
  console.log(await ch.text());
  c();
});
