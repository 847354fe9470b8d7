import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { SERVER_NODE_FLAGS } from '../scripts/server-flags.mjs';

export interface ServerProcess {
  url: string;
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Sends a signal (SIGKILL for a crash) without waiting; await `exited` for the end. */
  kill: (signal: NodeJS.Signals) => void;
  /** SIGTERM, then SIGKILL if the process has not ended within 15 s. */
  stop: () => Promise<void>;
}

// Every server still running when the test process ends is killed with it: a test that
// times out while a server is starting never got its handle to stop it.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the production server on the existing build (scripts/serve.mjs, as `npm start`
 * does after building) on a database of the test's choosing, and waits until it serves or
 * exits. `env` adds to (or overrides) the test process's environment, e.g. TRUST_PROXY.
 */
export async function startServer(
  databasePath: string,
  { readyPath = '/', env = {} }: { readyPath?: string; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, 'scripts/serve.mjs', '--port', String(port)],
    {
      env: { ...process.env, ...env, DATABASE_PATH: databasePath, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  child.on('exit', () => running.delete(child));
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const kill = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const url = `http://localhost:${port}`;

  const ready = (async () => {
    for (let i = 0; i < 150; i++) {
      if (log.includes('Database ready')) {
        try {
          if ((await fetch(`${url}${readyPath}`)).ok) return;
        } catch {
          // not listening yet
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not start:\n${log}`);
  })();
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    // A server that never became ready must not outlive the test.
    kill('SIGKILL');
    throw error;
  }

  return {
    url,
    output: () => log,
    exited,
    kill,
    stop: async () => {
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
