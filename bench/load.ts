import autocannon from 'autocannon';
import { summarize } from './stats';

// One load run: `connections` clients each sending the next request as soon as the last
// answer arrives, for `duration` seconds. Each connection is a reader of its own, at its own
// address (`X-Forwarded-For`, which the bench's server believes: TRUST_PROXY=1), as readers
// behind a proxy are: the server shares its render places per client, and a single client
// with 50 connections would be refused as a flood.

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts, plus every answer outside 2xx. */
  errors: number;
  responses: number;
}

export async function runLoad(
  url: string,
  connections: number,
  duration: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const times: number[] = [];
  let failed = 0;
  let readers = 0;
  const setupClient = (client: { setHeaders: (headers: Record<string, string>) => void }) => {
    readers += 1;
    client.setHeaders({ ...headers, 'x-forwarded-for': `10.9.${readers >> 8}.${readers & 255}` });
  };
  const instance = autocannon({ url, connections, duration, timeout: 10, headers, setupClient });
  // autocannon's own summary has no p95: keep every response time and rank them here.
  instance.on('response', (_client, status, _bytes, ms) => {
    times.push(ms);
    if (status < 200 || status > 299) failed++;
  });
  const result = await instance;
  const { p50, p95, p99 } = summarize(times);
  return {
    requestsPerSecond: times.length / result.duration,
    p50,
    p95,
    p99,
    errors: result.errors + failed,
    responses: times.length,
  };
}
