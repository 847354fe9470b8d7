import { readFileSync } from 'node:fs';
import path from 'node:path';

// Server actions as a browser calls them: a POST with the action's id (read from the
// build's manifest) in `Next-Action`, and the arguments encoded as React encodes
// (previousState, formData): each form field prefixed `_1_`, then `0`, the argument list.

const MANIFEST = path.resolve(import.meta.dirname, '..', '.next', 'server', 'server-reference-manifest.json');

export function actionId(exportedName: string, filename: string): string {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, a]) => a.exportedName === exportedName && a.filename === filename,
  );
  if (!found) throw new Error(`no server action ${exportedName} of ${filename} in ${MANIFEST}`);
  return found[0];
}

export interface ActionResponse {
  status: number;
  /** Where the action redirected to; null when it returned a state (a refusal) instead. */
  redirect: string | null;
  setCookie: string[];
  body: string;
}

export async function postAction(
  pageUrl: string,
  id: string,
  fields: Record<string, string>,
  cookie = '',
): Promise<ActionResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(`_1_${name}`, value);
  // Last, as React sends it: the server decodes the root as soon as it arrives.
  form.set('0', '[{},"$K1"]');
  const response = await fetch(pageUrl, {
    method: 'POST',
    // As a browser on the tracker's own page sends it: writes from any other origin are refused.
    headers: {
      'next-action': id,
      accept: 'text/x-component',
      origin: new URL(pageUrl).origin,
      ...(cookie ? { cookie } : {}),
    },
    body: form,
    redirect: 'manual',
  });
  const body = await response.text();
  const redirect = response.headers.get('x-action-redirect') ?? response.headers.get('location');
  return { status: response.status, redirect, setCookie: response.headers.getSetCookie(), body };
}
