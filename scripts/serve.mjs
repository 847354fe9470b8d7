// @ts-check
// The production server: Next's request handler behind a cache of whole public pages
// (./response-cache.mjs), rendering a few requests at a time (./render-queue.mjs). Serves
// the existing build; `npm start` builds first when stale.
// Usage: node --max-old-space-size=384 --max-semi-space-size=32 scripts/serve.mjs [--port N] [--hostname H]   (or PORT /
// HOSTNAME; 127.0.0.1 unless told; the flags are ./server-flags.mjs)
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { discardRest, withCountedBody } from './body-limit.mjs';
import { clientAddress, pinForwardedFor } from './client-address.mjs';
import { answerPlainly } from './plain-answer.mjs';
import { createRenderQueue, QUEUE_FULL } from './render-queue.mjs';
import { bodyLimitFor, refusal, tooLarge } from './request-guard.mjs';
import { createResponseCache, isAsset } from './response-cache.mjs';
import { listenHostname, renderConcurrency, renderQueueLength, trustProxy } from './server-flags.mjs';

process.env.NODE_ENV = 'production';
// The database, its WAL and every file this process makes are for its own user alone.
process.umask(0o077);
const { default: next } = await import('next');

const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = listenHostname(values.hostname);
const trusted = trustProxy();
const dir = path.resolve(import.meta.dirname, '..');

const server = createServer();
// Next is told the hostname only when the operator names one, as before: the origin it gives
// request.url comes from it, and a rewrite (a 404 from proxy.ts) to an origin other than
// the Host the client used is proxied over HTTP to this same server.
const app = next({
  dir,
  dev: false,
  port,
  hostname: values.hostname ?? process.env.HOSTNAME,
  httpServer: server,
});
// prepare() runs instrumentation.ts: the database is opened, migrated and seeded here.
await app.prepare();
const nextHandler = app.getRequestHandler();
const cache = createResponseCache();
const concurrency = renderConcurrency();
// One place is always left for clients other than the one asking.
const renders = createRenderQueue(concurrency, {
  maxWaiting: renderQueueLength(),
  placesPerClient: Math.max(1, concurrency - 1),
});
/**
 * Reads of pages and payloads wait their turn. The build's own files do not: a page's
 * scripts must not wait behind other pages. Nor do writes: a server action that redirects
 * has Next render the target with a GET it sends to this same server, and waits for it; an
 * action holding a place would wait on a request queued behind it (with four editors
 * saving at once, every save would wait out the hold).
 * @param {import('node:http').IncomingMessage} req
 */
const waitsItsTurn = (req) => (req.method === 'GET' || req.method === 'HEAD') && !isAsset(req);
/** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<unknown>} */
const render = async (req, res) => {
  if (!waitsItsTurn(req)) return nextHandler(req, res);
  const rendered = await renders.run(res, () => nextHandler(req, res), clientAddress(req, trusted));
  if (rendered === QUEUE_FULL)
    answerPlainly(res, 503, 'The server is busy with other pages; try again in a few seconds.', {
      'Retry-After': '5',
    });
};

/** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<unknown>} */
async function serve(req, res) {
  const refused = refusal(req);
  if (refused) {
    answerPlainly(res, refused.status, refused.sentence, refused.headers);
    return discardRest(req);
  }
  pinForwardedFor(req, trusted);
  const limit = bodyLimitFor(req);
  const counted = await withCountedBody(req, limit, () =>
    answerPlainly(res, tooLarge(limit).status, tooLarge(limit).sentence),
  );
  if (counted) await cache.handle(counted, res, render);
}

server.on('request', (req, res) => {
  serve(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) answerPlainly(res, 500, 'The server failed to answer this request.');
    else res.end();
  });
});
// Next logs uncaught exceptions and carries on: a port already taken would leave a process
// that serves nothing.
server.once('error', (error) => {
  console.error(`\nCannot serve on port ${port}: ${error.message}\n`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const address = server.address();
  const shown =
    typeof address === 'object' && address
      ? address.family === 'IPv6'
        ? `[${address.address}]`
        : address.address
      : hostname;
  console.log(`Ready on http://${shown}:${port}`);
});

// As `next start` does: stop taking connections, let the requests in flight finish, then
// exit with 128 + the signal's number; app/lib/shutdown.ts closes the database on exit.
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
let stopping = false;
for (const [signal, code] of Object.entries(EXIT_CODES)) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      app.close().finally(() => process.exit(code));
    });
  });
}
