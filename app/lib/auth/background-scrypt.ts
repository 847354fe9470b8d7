import { scrypt, type ScryptOptions } from 'node:crypto';
import { Worker } from 'node:worker_threads';

// scrypt on threads of their own at the lowest CPU priority (nice 19). A password check
// is long CPU work by design; in libuv's pool it competes as an equal with the server's
// main thread, so on two busy cores a flood of sign-ins would take the CPU from every
// reader. At nice 19 readers go first and the flood slows only sign-in. Linux gives each
// thread its own nice value (setpriority on the thread's id); elsewhere, or if refused,
// the thread runs at normal priority. Threads are kept idle between checks and never keep
// a process alive.

const THREAD = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
try {
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  require('node:os').setPriority(tid, 19);
} catch {}
parentPort.on('message', ({ password, salt, keyLength, options }) => {
  try {
    parentPort.postMessage({ key: scryptSync(password, Buffer.from(salt), keyLength, options) });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
});
`;

const idle: Worker[] = [];

function run(worker: Worker, job: object): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (reply: { key?: Uint8Array; error?: string }) => {
      worker.off('error', failed);
      worker.unref();
      idle.push(worker);
      if (reply.key) resolve(Buffer.from(reply.key));
      else reject(new Error(reply.error ?? 'scrypt failed'));
    };
    const failed = (error: Error) => {
      worker.off('message', done);
      reject(error);
    };
    worker.once('message', done);
    worker.once('error', failed);
    worker.ref();
    worker.postMessage(job);
  });
}

/** `crypto.scrypt`, on a low-priority thread; on the pool as usual where threads cannot start. */
export function backgroundScrypt(
  password: string,
  salt: Buffer,
  keyLength: number,
  options: ScryptOptions,
): Promise<Buffer> {
  let worker = idle.pop();
  try {
    worker ??= new Worker(THREAD, { eval: true });
  } catch {
    return new Promise((resolve, reject) =>
      scrypt(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
    );
  }
  return run(worker, { password, salt, keyLength, options });
}
