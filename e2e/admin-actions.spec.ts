import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { expect, test } from './fixtures';
import { actionBody, snapshotCounts, writeActions } from './action-manifest';
import { E2E_EDITOR } from './editor-account';

// Every write action of the admin, found in the build's own manifest so none is missed,
// called without a live session (none, forged, malformed, expired): each must refuse and
// store nothing.
test.use({ storageState: { cookies: [], origins: [] } });

/** A session row of the e2e editor that expired yesterday, and the cookie that names it. */
function expiredSessionCookie(): string {
  const token = randomBytes(32).toString('base64url');
  const db = new Database(path.join(process.env.E2E_DATABASE_DIR ?? '', 'tracker.db'));
  try {
    db.prepare(
      `INSERT INTO sessions (token_hash, user_id, expires_at)
       SELECT ?, id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day') FROM users WHERE email = ?`,
    ).run(createHash('sha256').update(token).digest('hex'), E2E_EDITOR.email);
  } finally {
    db.close();
  }
  return `tracker_session=${token}`;
}

test('every admin write action refuses a POST without a live session, storing nothing', async ({
  request,
  baseURL,
}) => {
  const actions = writeActions();
  expect(actions.map((a) => a.name)).toEqual(
    expect.arrayContaining([
      'saveAidPackage',
      'saveEvent',
      'saveParty',
      'saveSanction',
      'saveSource',
      'setAidPackageRetired',
    ]),
  );
  const cookies = {
    none: '',
    forged: `tracker_session=${'A'.repeat(43)}`,
    malformed: 'tracker_session=x',
    expired: expiredSessionCookie(),
  };
  for (const action of actions) {
    for (const [kind, cookie] of Object.entries(cookies)) {
      const what = `${action.name}, ${kind} cookie`;
      const before = snapshotCounts();
      // Sent from the site's own origin, so that only the session stands in the way.
      const response = await request.post(action.url, {
        headers: { 'next-action': action.id, origin: baseURL ?? '', ...(cookie ? { cookie } : {}) },
        multipart: actionBody({ id: '1', version: '1', retire: '1', title: 'Bare POST', name: 'Bare POST' }),
        maxRedirects: 0,
      });
      expect(response.status(), what).toBeLessThan(500);
      expect(await response.text(), what).toContain('Your session has ended');
      expect(snapshotCounts(), what).toEqual(before);
    }
  }
});
