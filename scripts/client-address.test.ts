import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress, pinForwardedFor } from './client-address.mjs';
import { listen, send, type TestServer } from './test-server';

// What a real server makes of a request's address and X-Forwarded-For, with and without a
// trusted proxy in front.
let server: TestServer;
beforeAll(async () => {
  server = await listen((req, res) => {
    const trusted = req.url === '/trusted';
    const client = clientAddress(req, trusted);
    pinForwardedFor(req, trusted);
    res.end(JSON.stringify({ client, forwarded: req.headers['x-forwarded-for'] ?? null }));
  });
});
afterAll(() => server.close());

const ask = async (path: string, forwardedFor?: string) =>
  JSON.parse(
    (await send(server.port, path, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }))
      .body,
  ) as unknown;

describe('client address', () => {
  it("is the socket's, and replaces whatever X-Forwarded-For the client wrote, without a trusted proxy", async () => {
    expect(await ask('/', '203.0.113.9')).toEqual({ client: '127.0.0.1', forwarded: '127.0.0.1' });
    expect(await ask('/')).toEqual({ client: '127.0.0.1', forwarded: '127.0.0.1' });
  });

  it('is the last hop of X-Forwarded-For behind a trusted proxy, the header left as the proxy wrote it', async () => {
    expect(await ask('/trusted', '198.51.100.1, 203.0.113.9')).toEqual({
      client: '203.0.113.9',
      forwarded: '198.51.100.1, 203.0.113.9',
    });
    expect(await ask('/trusted', '203.0.113.9, ')).toMatchObject({ client: '203.0.113.9' });
  });

  it("is the socket's behind a trusted proxy that sent no X-Forwarded-For", async () => {
    expect(await ask('/trusted')).toEqual({ client: '127.0.0.1', forwarded: null });
  });
});
