import 'server-only';
import { getFailureStats, type FailureStats } from '@/db/queries/auth';

// Failed sign-ins are slowed, then capped, per account and per client address. The same
// rules apply whether or not the account exists, so the answer never tells.

interface Rule {
  /** Failures allowed before delays start. */
  free: number;
  /** Failures are counted over this many minutes for the delay. */
  windowMinutes: number;
  /** First delay; it doubles with each further failure, up to MAX_DELAY_S. */
  baseDelaySeconds: number;
  /** Failures allowed per hour, whatever the delays. */
  hourCap: number;
}

export const ACCOUNT_RULE: Rule = { free: 5, windowMinutes: 15, baseDelaySeconds: 15, hourCap: 100 };
export const CLIENT_RULE: Rule = { free: 20, windowMinutes: 15, baseDelaySeconds: 15, hourCap: 300 };
const MAX_DELAY_S = 15 * 60;

const secondsUntil = (iso: string, plusSeconds: number) => Math.ceil((Date.parse(iso) + plusSeconds * 1000 - Date.now()) / 1000);

/** Seconds to wait before the next attempt under `rule`, 0 when one may try now. */
export function waitSeconds(stats: FailureStats, rule: Rule): number {
  if (stats.hour >= rule.hourCap && stats.hourOldestAt) return Math.max(1, secondsUntil(stats.hourOldestAt, 3600));
  if (stats.recent >= rule.free && stats.lastAt) {
    const delay = Math.min(rule.baseDelaySeconds * 2 ** (stats.recent - rule.free), MAX_DELAY_S);
    return Math.max(0, secondsUntil(stats.lastAt, delay));
  }
  return 0;
}

/** How long this email from this address must wait before trying again (0: go ahead). */
export function signInWait(email: string, clientAddress: string): number {
  return Math.max(
    waitSeconds(getFailureStats('email', email, ACCOUNT_RULE.windowMinutes), ACCOUNT_RULE),
    waitSeconds(getFailureStats('client_address', clientAddress, CLIENT_RULE.windowMinutes), CLIENT_RULE),
  );
}
