import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run lint` holds the layers apart (docs/architecture.md): these lint real files,
// written into the tree where the rules apply, with the project's own ESLint config.

const ROOT = path.resolve(import.meta.dirname, '..');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` into a fresh folder under `under`, inside the tree the rules cover. */
function fixture(under: string, files: Record<string, string>): string {
  mkdirSync(path.join(ROOT, under), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, under, 'lint-fixture-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The ESLint rules each of `files` breaks, written under `under`. */
async function lint(under: string, files: Record<string, string>): Promise<Record<string, string[]>> {
  const dir = fixture(under, files);
  const results = await new ESLint({ cwd: ROOT }).lintFiles(Object.keys(files).map((f) => path.join(dir, f)));
  return Object.fromEntries(
    results.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId ?? m.message)]),
  );
}

describe('lint', () => {
  it('fails on an import circle, type-only ones included', async () => {
    const circles: Record<string, (dir: string) => Record<string, string>> = {
      values: () => ({
        'a.ts': "import { b } from './b';\nexport const a = () => b();\n",
        'b.ts': "import { a } from './a';\nexport const b = () => a;\n",
      }),
      // Through the path alias, as most of the code's imports go.
      types: (dir) => ({
        'a.ts': "import type { B } from './b';\nexport interface A {\n  b: B;\n}\n",
        'b.ts': `import type { A } from '@/db/${dir}/a';\nexport interface B {\n  a?: A;\n}\n`,
      }),
    };
    for (const [what, files] of Object.entries(circles)) {
      const dir = fixture('db', {});
      for (const [name, text] of Object.entries(files(path.basename(dir))))
        writeFileSync(path.join(dir, name), text);
      const run = spawnSync('npm', ['run', '-s', 'lint:cycles', '--', `${path.relative(ROOT, dir)}/*.ts`], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(run.status, `${what}: ${run.stdout}`).toBe(1);
      expect(run.stdout, what).toMatch(/lint-fixture-\w+\/[ab]\.ts -> .*lint-fixture-\w+\/[ab]\.ts/);
    }
  }, 60_000);

  it('fails on app/ui reading the database or the cached reads, and lets it name their types', async () => {
    const broken = await lint('app/ui', {
      'reads.tsx':
        "import { getDb } from '@/db';\nimport { listPage } from '@/app/lib/list-page';\nexport const x = [getDb, listPage];\n",
      'types.tsx': "import type { AidRow } from '@/db/queries/aid/aid-list';\nexport type X = AidRow;\n",
    });
    expect(broken['reads.tsx']).toEqual([
      '@typescript-eslint/no-restricted-imports',
      '@typescript-eslint/no-restricted-imports',
    ]);
    expect(broken['types.tsx']).toEqual([]);
  }, 60_000);

  it('fails on db/ or domain/ importing app/, and domain/ importing db/', async () => {
    const db = await lint('db', {
      'x.ts': "import { PAGE_SIZE } from '@/app/lib/params/common';\nexport const x = PAGE_SIZE;\n",
    });
    const domain = await lint('domain', {
      'y.ts': "import { getDb } from '@/db';\nexport const y = getDb;\n",
    });
    expect(db['x.ts']).toEqual(['no-restricted-imports']);
    expect(domain['y.ts']).toEqual(['no-restricted-imports']);
  }, 60_000);
});
