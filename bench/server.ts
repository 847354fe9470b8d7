import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../scripts/server-flags.mjs';

// The production server as an operator runs it (scripts/serve.mjs, what `npm start` runs
// after building), on the bench's database.

const ROOT = path.resolve(import.meta.dirname, '..');
const SERVE = path.join(ROOT, 'scripts', 'serve.mjs');

export interface AppServer {
  url: string;
  /** Milliseconds from spawn to the first 200 of `/`. */
  coldStartMs: number;
  /** The process holding the listening socket (kept general: a server may fork its workers). */
  serverPid: number;
  stop: () => Promise<void>;
  output: () => string;
}

/** Fails when something already listens on `port`: its answers would pass for the app's. */
async function assertPortFree(port: number): Promise<void> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) =>
    probe
      .once('error', () => reject(new Error(`port ${port} is in use: choose another with --port`)))
      .listen(port, () => probe.close(() => resolve())),
  );
}

export async function startApp(databasePath: string, port: number, timeoutMs = 120_000): Promise<AppServer> {
  await assertPortFree(port);
  const started = performance.now();
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVE, '--port', String(port)], {
    cwd: ROOT,
    // TRUST_PROXY: the load's connections are readers at addresses of their own (load.ts).
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      TRUST_PROXY: '1',
      // The load measures the app, not the API's per-client limit.
      API_RATE_LIMIT: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so stop() ends the server and any process it forked, and only those.
    detached: true,
  });
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) => child.on('exit', (code) => ((exitCode = code), resolve())));
  const killGroup = () => {
    if (exitCode === undefined && child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  // Detached, the server would outlive an interrupted bench: end it when the bench exits,
  // and turn Ctrl-C into an exit while it runs (process.exit runs the 'exit' handlers).
  const interrupted = () => process.exit(130);
  process.on('exit', killGroup).on('SIGINT', interrupted).on('SIGTERM', interrupted);
  const stop = async () => {
    killGroup();
    // Next finishes the requests in flight before exiting; at 1M that can take minutes.
    const forced = setTimeout(
      () => child.pid && exitCode === undefined && process.kill(-child.pid, 'SIGKILL'),
      10_000,
    );
    await exited;
    clearTimeout(forced);
    process.off('exit', killGroup).off('SIGINT', interrupted).off('SIGTERM', interrupted);
  };

  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`the server exited with ${exitCode}:\n${log}`);
    if (performance.now() - started > timeoutMs) {
      await stop();
      throw new Error(`no 200 from ${url}/ within ${timeoutMs / 1000} s:\n${log}`);
    }
    const status = await fetch(`${url}/`).then(
      async (r) => (await r.arrayBuffer(), r.status),
      () => 0,
    );
    if (status === 200) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const coldStartMs = performance.now() - started;
  const serverPid = listeningPid(child.pid ?? 0, port) ?? child.pid ?? 0;
  return { url, coldStartMs, serverPid, stop, output: () => log };
}

/** `pid` and every process below it. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the name (field 2) may hold spaces, so split after it.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] ?? -1) ?? []));
  return tree;
}

/** The process of `root`'s tree that owns the socket listening on `port`. */
function listeningPid(root: number, port: number): number | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; column 10 the socket inode.
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A' && cols[9]) inodes.add(cols[9]);
    }
  }
  for (const pid of processTree(root)) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (inodes.has(/^socket:\[(\d+)\]$/.exec(target)?.[1] ?? '')) return pid;
      }
    } catch {
      // not ours to read, or gone
    }
  }
  return undefined;
}

/** Peak resident memory of a process so far (VmHWM), in bytes. */
export function peakRss(pid: number): number {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** CPU time a process has used so far, in clock ticks (utime + stime of /proc/<pid>/stat). */
export function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Waits until the server has stopped working: autocannon stops at its deadline, but the
 * requests still in flight go on rendering, and would otherwise run into the next measurement.
 */
export async function waitForIdle(pid: number, timeoutMs = 180_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let before = cpuTicks(pid);
  while (performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const now = cpuTicks(pid);
    // At most 20 ms of CPU in 250 ms (at 100 ticks a second): idle, give or take a timer.
    if (now - before <= 2) return;
    before = now;
  }
}
