import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { e2eDatabase } from './admin';

// Every write action of the admin, found in the build's own manifest so none is missed,
// called as a bare POST without a session: each must refuse and store nothing.
test.use({ storageState: { cookies: [], origins: [] } });

interface ManifestEntry {
  workers: Record<string, unknown>;
  exportedName?: string;
  filename?: string;
}

/** Read when the tests run: the build is made by the web server, after the specs are loaded. */
function writeActions(): [string, ManifestEntry][] {
  const manifest = JSON.parse(readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).filter(([, a]) => a.filename?.startsWith('app/admin/(editor)/'));
}

/** `app/admin/(editor)/aid/[id]/page` → `/admin/aid/1`. */
const pageUrl = (worker: string) =>
  worker
    .replace(/^app/, '')
    .replace(/\/page$/, '')
    .replace(/\/\([^)]+\)/g, '')
    .replace(/\[[^\]]+\]/g, '1');

function snapshotCounts() {
  const db = e2eDatabase();
  try {
    return db
      .prepare(
        `SELECT (SELECT count(*) FROM aid_packages) AS aid, (SELECT count(*) FROM sanctions) AS sanctions,
                (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM parties) AS parties,
                (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM audit_log) AS audit,
                (SELECT count(*) FROM aid_packages WHERE retired_at IS NOT NULL) AS retired`,
      )
      .get();
  } finally {
    db.close();
  }
}

test('every admin write action refuses a bare POST without a session, storing nothing', async ({ request }) => {
  const actions = writeActions();
  const names = actions.map(([, a]) => a.exportedName);
  expect(names).toEqual(expect.arrayContaining(['saveAidPackage', 'saveEvent', 'saveParty', 'saveSanction', 'saveSource', 'setAidPackageRetired']));
  for (const [id, action] of actions) {
    const url = pageUrl(Object.keys(action.workers)[0] ?? '');
    const before = snapshotCounts();
    // The encoding React uses for (previousState, formData): the form's fields prefixed "1_".
    const response = await request.post(url, {
      headers: { 'next-action': id },
      multipart: { '0': '[{},"$K1"]', '1_id': '1', '1_version': '1', '1_retire': '1', '1_title': 'Bare POST', '1_name': 'Bare POST' },
      maxRedirects: 0,
    });
    expect(response.status(), action.exportedName).toBeLessThan(500);
    expect(await response.text(), action.exportedName).toContain('Your session has ended');
    expect(snapshotCounts(), action.exportedName).toEqual(before);
  }
});
