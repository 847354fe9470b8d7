import autocannon from 'autocannon';
import { summarize } from './stats';

// One load run: `connections` clients each sending the next request as soon as the last
// answer arrives, for `duration` seconds.

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts, plus every answer outside 2xx. */
  errors: number;
  responses: number;
}

export async function runLoad(url: string, connections: number, duration: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const times: number[] = [];
  let failed = 0;
  const instance = autocannon({ url, connections, duration, timeout: 10, headers });
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
