import { readFileSync } from 'node:fs';
import path from 'node:path';

// An editor driven over plain HTTP, the way the browser calls the admin's server actions:
// a POST with the `Next-Action` header, an Origin matching the server, and the arguments
// `(previousState, formData)` encoded as React encodes them (form fields under "_1_",
// then the root "0" last: the server reads the parts in order as they stream in).
// Many of them at once would cost a browser each; this costs a socket.

const ids = new Map<string, string>();

/** The id of a server action, read from the build's own manifest. */
export function actionId(exportedName: string): string {
  const known = ids.get(exportedName);
  if (known) return known;
  const manifest = JSON.parse(
    readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8'),
  ) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, a]) => a.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in the build`);
  ids.set(exportedName, found[0]);
  return found[0];
}

function actionBody(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(`_1_${name}`, value);
  body.set('0', '[{},"$K1"]');
  return body;
}

export interface ActionResult {
  /** The action redirected: what the form treats as success (the router follows it). */
  redirect: string | null;
  status: number;
  /** The RSC payload: on a refusal it carries the form state (message, field errors). */
  body: string;
}

/**
 * POSTs to a server action as the page at `pagePath` would (`headers` added, e.g. the
 * X-Forwarded-For a proxy would set). Rejects if the connection fails.
 */
export async function callAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  fields: Record<string, string>,
  cookie = '',
  headers: Record<string, string> = {},
): Promise<ActionResult & { setCookie: string[] }> {
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: 'POST',
    headers: {
      ...headers,
      'next-action': id,
      origin: baseUrl,
      accept: 'text/x-component',
      ...(cookie ? { cookie } : {}),
    },
    body: actionBody(fields),
    redirect: 'manual',
  });
  const body = await response.text();
  return {
    redirect: response.headers.get('x-action-redirect'),
    status: response.status,
    body,
    setCookie: response.headers.getSetCookie(),
  };
}

/** Sign-in's answer while every password-hash slot is taken (app/lib/auth/hash-slots.ts). */
export const SIGN_IN_BUSY = 'Sign-in is busy. Try again in a few seconds.';

/**
 * Signs in through the login form's action (scrypt: ~1 s); returns the session cookie.
 * Told sign-in is busy (others are signing in at this moment), it tries again as a person
 * would, so many editors may sign in at once.
 */
export async function signIn(
  baseUrl: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<string> {
  let result = await callAction(
    baseUrl,
    '/admin/login',
    actionId('signIn'),
    { next: '', email, password },
    '',
    headers,
  );
  // The custom server may answer 503 itself while the slots are busy, before Next runs.
  const busy = () => result.status === 503 || result.body.includes(SIGN_IN_BUSY);
  for (let tries = 1; busy() && tries < 200; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    result = await callAction(
      baseUrl,
      '/admin/login',
      actionId('signIn'),
      { next: '', email, password },
      '',
      headers,
    );
  }
  const cookie = result.setCookie.map((c) => c.split(';')[0]).find((c) => c?.startsWith('tracker_session='));
  if (!result.redirect || !cookie)
    throw new Error(`sign-in refused for ${email}: ${result.status} ${result.body.slice(0, 300)}`);
  return cookie;
}

export interface AidParties {
  donorId: number;
  recipientId: number;
}

/** The fields the aid form sends for a new, committed USD package cited from source 1. */
export function newAidFields(title: string, amountUsd: number, parties: AidParties): Record<string, string> {
  return {
    id: '',
    version: '',
    donorId: String(parties.donorId),
    recipientId: String(parties.recipientId),
    category: 'humanitarian',
    status: 'delivered',
    amount: String(amountUsd),
    currency: 'USD',
    amountUsd: '',
    announcedOn: '2022-04-01',
    title,
    description: '',
    citations: JSON.stringify([{ sourceId: 1, quote: `Quote for ${title}` }]),
  };
}

export interface SaveResult extends ActionResult {
  /** The id of the saved package, from the redirect to its admin page. */
  id: number | null;
}

/** Saves a new aid package through the aid form's action, as the form does. */
export async function saveAid(
  baseUrl: string,
  cookie: string,
  fields: Record<string, string>,
): Promise<SaveResult> {
  const result = await callAction(baseUrl, '/admin/aid/new', actionId('saveAidPackage'), fields, cookie);
  const id = /^\/admin\/aid\/(\d+)\?saved=1;/.exec(result.redirect ?? '')?.[1];
  return {
    redirect: result.redirect,
    status: result.status,
    body: result.body,
    id: id === undefined ? null : Number(id),
  };
}
