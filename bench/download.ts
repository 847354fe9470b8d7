import { peakRss, type AppServer } from './server';

// Issue 23's download target: the whole aid list as CSV from a running server, read as a
// client reads it: when its first byte arrives, how many rows a second, and the server's
// peak memory meanwhile (flat, if it streams).

export interface DownloadResult {
  path: string;
  rows: number;
  bytes: number;
  firstByteMs: number;
  /** The first byte after the header: the first rows read. */
  firstRowsMs: number;
  totalMs: number;
  rowsPerSecond: number;
  peakRssBytes: number;
}

export async function measureDownload(
  server: AppServer,
  path = '/api/v1/aid?format=csv',
): Promise<DownloadResult> {
  const started = performance.now();
  const response = await fetch(`${server.url}${path}`);
  if (!response.ok || !response.body) throw new Error(`${path} answered ${response.status}`);
  const reader = response.body.getReader();
  let firstByteMs = Number.NaN;
  let firstRowsMs = Number.NaN;
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const at = performance.now() - started;
    if (Number.isNaN(firstByteMs)) firstByteMs = at;
    for (let i = 0; i < value.length; i++) if (value[i] === 0x0a) lines++;
    if (Number.isNaN(firstRowsMs) && lines > 1) firstRowsMs = at;
    bytes += value.length;
  }
  const totalMs = performance.now() - started;
  // Rows end with CRLF; the header is one line, and a quoted cell may hold a line break, so
  // this counts at most a few rows too many in a million.
  const rows = Math.max(0, lines - 1);
  return {
    path,
    rows,
    bytes,
    firstByteMs,
    firstRowsMs,
    totalMs,
    rowsPerSecond: rows / (totalMs / 1000),
    peakRssBytes: peakRss(server.serverPid),
  };
}
