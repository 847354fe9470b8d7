import Database from 'better-sqlite3';
import { actionId, postAction } from './actions';
import type { Party } from './dataset';
import type { EditorAccount } from './editor';
import { summarize, type Summary } from './stats';

// An editor's save, through the real sign-in and aid save actions, until the next load
// of `/` shows the new committed total (its exact figure, in the card's title attribute).

const usdExact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const POLL_LIMIT_MS = 30_000;

export interface WriteToVisible extends Summary {
  /** Saves whose total never showed, or showed another figure than the one expected. */
  failures: number;
  /** Why the measurement stopped, when it did. */
  error?: string;
}

/** The committed total's exact figure as shown on `/` (`$13,600,000,000`). */
export function committedTotal(html: string): string | undefined {
  const tag = /<[^>]*data-testid="committed-total"[^>]*>/.exec(html)?.[0];
  return tag ? /title="([^"]*)"/.exec(tag)?.[1] : undefined;
}

/** `$13,600,000,000` plus 5 → `$13,600,000,005`, exact beyond 2^53. */
export function addToFigure(figure: string, amount: number): string {
  return usdExact.format(BigInt(figure.replace(/[^\d]/g, '')) + BigInt(amount));
}

async function readTotal(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/`);
  const total = committedTotal(await response.text());
  if (!response.ok || total === undefined)
    throw new Error(`/ answered ${response.status} without a committed total`);
  return total;
}

async function signIn(baseUrl: string, editor: EditorAccount): Promise<string> {
  const result = await postAction(
    `${baseUrl}/admin/login`,
    actionId('signIn', 'app/admin/login/actions.ts'),
    { ...editor, next: '' },
  );
  const cookie = result.setCookie.map((c) => c.split(';')[0]).join('; ');
  if (!result.redirect || !cookie)
    throw new Error(`sign-in refused (${result.status}): ${result.body.slice(0, 300)}`);
  return cookie;
}

/** A live source and a recipient other than `donor`, to fill the form with. */
function formReferences(file: string, donor: Party): { sourceId: number; recipientId: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const sourceId = db
      .prepare('SELECT id FROM sources WHERE retired_at IS NULL ORDER BY id LIMIT 1')
      .pluck()
      .get() as number | undefined;
    const recipientId = db
      .prepare('SELECT id FROM parties WHERE retired_at IS NULL AND id <> ? ORDER BY id LIMIT 1')
      .pluck()
      .get(donor.id) as number | undefined;
    if (sourceId === undefined || recipientId === undefined)
      throw new Error(`${file} has no source or no second party`);
    return { sourceId, recipientId };
  } finally {
    db.close();
  }
}

export async function measureWriteToVisible(
  baseUrl: string,
  file: string,
  editor: EditorAccount,
  donor: Party,
  saves: number,
): Promise<WriteToVisible> {
  const cookie = await signIn(baseUrl, editor);
  const saveId = actionId('saveAidPackage', 'app/admin/(editor)/aid/actions.ts');
  const { sourceId, recipientId } = formReferences(file, donor);
  const times: number[] = [];
  let failures = 0;
  for (let i = 1; i <= saves; i++) {
    const before = await readTotal(baseUrl);
    // A different amount each time: the same one twice would be held back as a likely duplicate.
    const amount = 1_000_000_000 + i;
    const expected = addToFigure(before, amount);
    const started = performance.now();
    // The fields the admin aid form sends (app/ui/admin/aid-form.tsx), citations as its JSON.
    const saved = await postAction(
      `${baseUrl}/admin/aid/new`,
      saveId,
      {
        id: '',
        version: '',
        donorId: String(donor.id),
        recipientId: String(recipientId),
        category: 'military',
        status: 'approved',
        amount: String(amount),
        currency: 'USD',
        amountUsd: '',
        announcedOn: '2022-06-01',
        title: `Benchmark save ${i}`,
        description: '',
        citations: JSON.stringify([{ sourceId, quote: 'Written by npm run bench.' }]),
      },
      cookie,
    );
    if (!saved.redirect?.startsWith('/admin/aid/'))
      throw new Error(`save refused (${saved.status}): ${saved.body.slice(-500)}`);
    let shown = before;
    while (shown === before && performance.now() - started < POLL_LIMIT_MS) shown = await readTotal(baseUrl);
    times.push(performance.now() - started);
    if (shown !== expected) failures++;
  }
  return { ...summarize(times), failures };
}
