import { readFileSync } from 'node:fs';
import path from 'node:path';
import { e2eDatabase } from './admin';

// The server actions of the build, read from its own manifest so a test misses none.

interface ManifestEntry {
  workers: Record<string, unknown>;
  exportedName?: string;
  filename?: string;
}

export interface ServerAction {
  id: string;
  name: string;
  /** A page that serves it: `app/admin/(editor)/aid/[id]/page` → `/admin/aid/1`. */
  url: string;
}

/** Read when the tests run: the build is made by the web server, after the specs are loaded. */
function serverActions(): ServerAction[] {
  const manifest = JSON.parse(
    readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8'),
  ) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node)
    .filter(([, a]) => a.filename?.startsWith('app/admin/'))
    .map(([id, a]) => ({
      id,
      name: a.exportedName ?? id,
      url: (Object.keys(a.workers)[0] ?? '')
        .replace(/^app/, '')
        .replace(/\/page$/, '')
        .replace(/\/\([^)]+\)/g, '')
        .replace(/\[[^\]]+\]/g, '1'),
    }));
}

/** Every action that changes entries (the editor's forms), not sign-in or sign-out. */
export const writeActions = () => serverActions().filter((a) => !['signIn', 'signOut'].includes(a.name));

export const signInAction = () => {
  const action = serverActions().find((a) => a.name === 'signIn');
  if (!action) throw new Error('no signIn action in the build');
  return action;
};

/**
 * A form's fields as React encodes them for (previousState, formData): prefixed `_1_`,
 * then the state, which refers to them. FormData keeps that order (an object would not:
 * the key "0" would come first, before the fields it names exist).
 */
export function actionBody(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append('0', '[{},"$K1"]');
  return body;
}

/** Row counts of everything a write could touch, to prove a refusal stored nothing. */
export function snapshotCounts() {
  const db = e2eDatabase();
  try {
    return db
      .prepare(
        `SELECT (SELECT count(*) FROM aid_packages) AS aid, (SELECT count(*) FROM sanctions) AS sanctions,
                (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM parties) AS parties,
                (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM audit_log) AS audit,
                (SELECT count(*) FROM sessions) AS sessions,
                (SELECT count(*) FROM aid_packages WHERE retired_at IS NOT NULL) AS retired`,
      )
      .get() as Record<
      'aid' | 'sanctions' | 'events' | 'parties' | 'sources' | 'audit' | 'sessions' | 'retired',
      number
    >;
  } finally {
    db.close();
  }
}
