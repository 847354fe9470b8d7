import 'server-only';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { env } from '@/app/lib/env';

// How many /api/v1 requests a client may make (proxy.ts): `API_RATE_LIMIT` a minute, a
// fixed window from the client's first request. The count lives in this process's memory;
// several instances behind one balancer share it by building a RateLimiterRedis (same
// package, same interface) in `createLimiter` instead. Decision 012.

const WINDOW_SECONDS = 60;

function createLimiter(points: number): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix: 'api', points, duration: WINDOW_SECONDS });
}

// On globalThis, like the database connection: one count however the modules are loaded.
const holder = globalThis as typeof globalThis & { __apiRateLimiter?: RateLimiterAbstract };
const limiter = () => (holder.__apiRateLimiter ??= createLimiter(env().API_RATE_LIMIT));

export interface RateLimitVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the client's window ends and its requests are counted afresh. */
  resetSeconds: number;
}

/** Counts one request of `client` and says whether it is within the limit. */
export async function consumeApiRequest(client: string): Promise<RateLimitVerdict> {
  const current = limiter();
  const verdict = (allowed: boolean, res: RateLimiterRes): RateLimitVerdict => ({
    allowed,
    limit: current.points,
    remaining: res.remainingPoints,
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  });
  try {
    return verdict(true, await current.consume(client));
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return verdict(false, refusal);
    throw refusal;
  }
}

/**
 * The limit as the IETF draft states it (`RateLimit-Policy`, `RateLimit`, draft 10) and as
 * the clients already in use read it (`RateLimit-Limit`, `-Remaining`, `-Reset`).
 */
export function rateLimitHeaders(verdict: RateLimitVerdict): Record<string, string> {
  return {
    'RateLimit-Policy': `"api";q=${verdict.limit};w=${WINDOW_SECONDS}`,
    RateLimit: `"api";r=${verdict.remaining};t=${verdict.resetSeconds}`,
    'RateLimit-Limit': String(verdict.limit),
    'RateLimit-Remaining': String(verdict.remaining),
    'RateLimit-Reset': String(verdict.resetSeconds),
  };
}
