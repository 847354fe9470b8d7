import { z } from 'zod';

// Every setting the app reads from the environment (DATABASE_PATH aside, which
// db/client.ts owns so scripts and tests can use it), checked once.

const schema = z.object({
  ADMIN_EMAIL: z.email('ADMIN_EMAIL must be an email address.').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters.').max(256).optional(),
  /** How long a sign-in lasts, in hours. */
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Set when a reverse proxy you control sets X-Forwarded-For; otherwise the server overwrites it. */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /** Password hashes (scrypt: much CPU and memory each) run at once; sign-ins beyond are refused. */
  SIGN_IN_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** Requests a client may make to /api/v1/* per minute (proxy.ts). */
  API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(300),
  /** The public snapshot is made again after a write once the last one is this old, in minutes. */
  SNAPSHOT_INTERVAL_MINUTES: z.coerce.number().min(0).max(1440).default(5),
});

export type Env = z.output<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(
        `Invalid configuration: ${parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')}`,
      );
    }
    if (Boolean(parsed.data.ADMIN_EMAIL) !== Boolean(parsed.data.ADMIN_PASSWORD)) {
      throw new Error('Invalid configuration: set ADMIN_EMAIL and ADMIN_PASSWORD together, or neither.');
    }
    cached = parsed.data;
  }
  return cached;
}
