// @ts-check
// `npm run lint` runs this: no module reaches itself through its imports, counting every kind
// (STYLE 19). ESLint's import/no-cycle skips `import type`, which is why this exists: a circle
// of types is still two modules that cannot be understood apart. Reads every source file under
// the folders below and the root's own, resolves each import as tsconfig.json does, and prints
// each circle found (exit 1).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');
const FOLDERS = ['app', 'db', 'domain', 'scripts', 'bench', 'e2e'];
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;

const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);

/** @param {string} dir @returns {string[]} */
const filesUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });

const files = [
  ...FOLDERS.flatMap((folder) => filesUnder(path.join(ROOT, folder))),
  ...readdirSync(ROOT)
    .filter((name) => SOURCE.test(name) && !name.endsWith('.d.ts'))
    .map((name) => path.join(ROOT, name)),
];
const known = new Set(files);

/** Every module a file names: imports and exports from, `import type`, `import()` and require. */
function importsOf(/** @type {string} */ file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule)
    .map((resolved) => resolved && path.resolve(resolved.resolvedFileName))
    .filter((/** @type {string | undefined} */ target) => target !== undefined && known.has(target));
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));

// Tarjan's strongly connected components: each component of more than one file (or a file
// importing itself) holds at least one circle.
/** @type {Map<string, number>} */ const index = new Map();
/** @type {Map<string, number>} */ const low = new Map();
/** @type {string[]} */ const stack = [];
const onStack = new Set();
/** @type {string[][]} */ const circles = [];
function visit(/** @type {string} */ file) {
  index.set(file, index.size);
  low.set(file, index.get(file) ?? 0);
  stack.push(file);
  onStack.add(file);
  for (const next of graph.get(file) ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
    } else if (onStack.has(next)) low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
  }
  if (low.get(file) !== index.get(file)) return;
  /** @type {string[]} */ const component = [];
  let member;
  do {
    member = stack.pop() ?? file;
    onStack.delete(member);
    component.push(member);
  } while (member !== file);
  if (component.length > 1 || graph.get(file)?.includes(file)) circles.push(component);
}
for (const file of files) if (!index.has(file)) visit(file);

if (circles.length > 0) {
  const name = (/** @type {string} */ file) => path.relative(ROOT, file);
  for (const component of circles)
    console.error(`Import circle among: ${component.map(name).sort().join(', ')}`);
  process.exit(1);
}
