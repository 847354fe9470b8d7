import { Validator } from '@seriousme/openapi-schema-validator';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempAppDatabase } from '@/db/testing/app-database';
import { openApiDocument } from './openapi';
import { API_ROUTES } from './routes';

// The OpenAPI document is valid OpenAPI 3.1, and every documented route answers as
// documented: each example request, sent to the route's own handler on a real database,
// gets a 200 of the documented type whose body fits the documented schema.

// Outside a Next request there is no render to mark dynamic, and no cache to tag.
vi.mock('next/server', () => ({ connection: async () => undefined }));
vi.mock('next/cache', () => ({ cacheTag: () => undefined }));

type Handler = (request: Request) => Response | Promise<Response>;
type RouteModule = { GET: Handler; HEAD?: Handler; OPTIONS: Handler };

// Every route module of the API, by the path it answers.
const MODULES = import.meta.glob<RouteModule>('/app/api/v1/**/route.ts');
const moduleOf = async (path: string) => {
  const load = MODULES[`/app${path}/route.ts`];
  if (!load) throw new Error(`${path} is documented but has no route.ts`);
  return load();
};

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(() => cleanup());

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 with the data licence', async () => {
    const document = openApiDocument();
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator is not vacuous: a parameter without its `in` is refused.
    const broken = structuredClone(document) as { paths: Record<string, { get: { parameters: object[] } }> };
    broken.paths['/api/v1/overview']!.get.parameters[0] = { name: 'party' };
    expect((await new Validator().validate(broken)).valid).toBe(false);
    expect(document.info.license).toEqual({
      name: 'CC-BY-4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });

  it('documents every route the API has, and only those', () => {
    const documented = API_ROUTES.map((r) => `/app${r.path}/route.ts`).sort();
    expect(documented).toEqual(Object.keys(MODULES).sort());
  });

  it('lists the parameters each handler parses, with their allowed values', () => {
    const overview = openApiDocument().paths['/api/v1/overview']?.get;
    const names = overview?.parameters.map((p) => p.name);
    expect(names).toEqual(['party', 'category', 'measure', 'from', 'to', 'asof', 'table', 'format']);
    const table = overview?.parameters.find((p) => p.name === 'table');
    expect(table?.schema.enum).toContain('aid_by_donor');
    expect(table?.description).toMatch(/table/);
  });
});

describe.each(API_ROUTES.map((route) => [route.path, route] as const))('%s', (path, route) => {
  it.each(route.examples.map((e) => [e.name, e] as const))(
    'answers example "%s" as documented',
    async (_, example) => {
      const { GET } = await moduleOf(path);
      const media = route.media.find((m) => m.type === example.type);
      expect(media, `example type ${example.type} is one of the route's`).toBeDefined();
      if (!media) return;
      const headers: HeadersInit = example.accept ? { Accept: example.accept } : {};
      const response = await GET(
        new Request(`http://test.local${path}${example.query ? `?${example.query}` : ''}`, { headers }),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')?.split(';')[0]).toBe(example.type);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      // Last-Modified and Link come only when there is a change, or an older page.
      const always = [...route.headers, ...(media.headers ?? [])].filter(
        (h) => h !== 'Last-Modified' && h !== 'Link',
      );
      for (const header of always) expect(response.headers.get(header), header).toBeTruthy();
      const text = await response.text();
      if (media.lines) {
        const lines = text.trimEnd().split('\n');
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) media.schema.parse(JSON.parse(line));
        media.schema.parse(example.response);
      } else if (media.type === 'text/csv') {
        const rows = parse(text, { record_delimiter: '\r\n' }) as string[][];
        const exampleRows = parse(String(example.response), { record_delimiter: '\r\n' }) as string[][];
        expect(rows[0]).toEqual(exampleRows[0]);
        expect(rows.every((r) => r.length === rows[0]?.length)).toBe(true);
      } else if (media.type.endsWith('json')) {
        media.schema.parse(JSON.parse(text));
        media.schema.parse(example.response);
      } else {
        // A file or a text: there, and of its documented form.
        expect(text.length).toBeGreaterThan(0);
        media.schema.parse(example.response);
      }
    },
  );

  it.skipIf(!route.conditional)('answers 304 to its own ETag', async () => {
    const { GET } = await moduleOf(path);
    const [example] = route.examples;
    const url = `http://test.local${path}${example.query ? `?${example.query}` : ''}`;
    const etag = (await GET(new Request(url))).headers.get('etag') ?? '';
    const again = await GET(new Request(url, { headers: { 'If-None-Match': etag } }));
    expect(again.status).toBe(304);
  });

  it('refuses an unknown parameter, and an Accept it does not serve, as problem details', async () => {
    const { GET } = await moduleOf(path);
    const bad = await GET(new Request(`http://test.local${path}?colour=red`));
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(((await bad.json()) as { errors: Record<string, string[]> }).errors.colour).toEqual([
      'unknown parameter',
    ]);
    if (!route.negotiates) return;
    const refused = await GET(new Request(`http://test.local${path}`, { headers: { Accept: 'image/png' } }));
    expect(refused.status).toBe(406);
  });

  it('answers the CORS preflight', async () => {
    const { OPTIONS } = await moduleOf(path);
    const response = await OPTIONS(new Request(`http://test.local${path}`, { method: 'OPTIONS' }));
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
  });
});
