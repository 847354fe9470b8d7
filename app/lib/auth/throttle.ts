import 'server-only';
import { getFailureStats, type FailureStats } from '@/db/queries/admin/auth';

// Failed sign-ins are slowed, then capped, per (account, client address) and per client
// address; per account and over everyone there is an hourly cap, which clients with a clean
// record pass. Why these numbers: docs/decisions/002-sign-in-throttle.md. The same rules apply
// whether or not the account exists, so the answer never tells.

interface Rule {
  /** Failures (in the last hour, since the last success) allowed before delays start. */
  free: number;
  /** First delay; it doubles with each further failure, up to MAX_DELAY_S. */
  baseDelaySeconds: number;
  /** Failures allowed per hour, whatever the delays. */
  hourCap: number;
}

/** One account from one address: a stranger elsewhere cannot lock the editor out. */
export const PAIR_RULE: Rule = { free: 5, baseDelaySeconds: 15, hourCap: 10 };
/** One address, any accounts: random e-mails from one client are slowed too. */
export const CLIENT_RULE: Rule = { free: 20, baseDelaySeconds: 15, hourCap: 30 };
/** Against guessing one account from many addresses (OWASP): failures an hour. */
export const ACCOUNT_HOUR_CAP = 100;
/** Password checks spent on failures an hour, over every account and address. */
export const GLOBAL_HOUR_CAP = 1_000;
const MAX_DELAY_S = 15 * 60;

const secondsUntil = (iso: string, plusSeconds: number) =>
  Math.ceil((Date.parse(iso) + plusSeconds * 1000 - Date.now()) / 1000);

function capWait(stats: FailureStats, cap: number): number {
  if (stats.hour < cap || !stats.capLiftsWith) return 0;
  return Math.max(1, secondsUntil(stats.capLiftsWith, 3600));
}

/** Seconds to wait before the next attempt under `rule`, 0 when one may try now. */
export function waitSeconds(stats: FailureStats, rule: Rule): number {
  const capped = capWait(stats, rule.hourCap);
  if (capped > 0) return capped;
  if (stats.recent >= rule.free && stats.lastAt) {
    const delay = Math.min(rule.baseDelaySeconds * 2 ** (stats.recent - rule.free), MAX_DELAY_S);
    return Math.max(0, secondsUntil(stats.lastAt, delay));
  }
  return 0;
}

/** How long this email from this address must wait before trying again (0: go ahead). */
export function signInWait(email: string, clientAddress: string): number {
  const client = getFailureStats({ clientAddress }, CLIENT_RULE.hourCap);
  const own = Math.max(
    waitSeconds(getFailureStats({ email, clientAddress }, PAIR_RULE.hourCap), PAIR_RULE),
    waitSeconds(client, CLIENT_RULE),
  );
  // A client without a failure this hour is always checked: the editor at her own desk gets
  // in however many guesses strangers spend on her account or on the site.
  if (own > 0 || client.hour === 0) return own;
  return Math.max(
    capWait(getFailureStats({ email }, ACCOUNT_HOUR_CAP), ACCOUNT_HOUR_CAP),
    capWait(getFailureStats({}, GLOBAL_HOUR_CAP), GLOBAL_HOUR_CAP),
  );
}
