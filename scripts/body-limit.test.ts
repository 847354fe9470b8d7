import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCountedBody } from './body-limit.mjs';
import { answerPlainly } from './plain-answer.mjs';
import { listen, send, type TestServer } from './test-server';

// serve.mjs's body count on a real server; the next handler reads the request it is given
// as Next does, from the stream, and says what it got.
const LIMIT = 64 * 1024;
let server: TestServer;
let handled = 0;
beforeAll(async () => {
  server = await listen(async (req, res) => {
    const counted = await withCountedBody(req, LIMIT, () => answerPlainly(res, 413, 'Too large.'));
    if (!counted) return;
    handled += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of counted as AsyncIterable<Buffer>) chunks.push(chunk);
    res.end(JSON.stringify(whatArrived(counted, Buffer.concat(chunks))));
  });
});
afterAll(() => server.close());

const whatArrived = (req: IncomingMessage, body: Buffer) => ({
  url: req.url,
  contentLength: req.headers['content-length'] ?? null,
  chunked: req.headers['transfer-encoding'] ?? null,
  body: body.toString('utf8'),
});

const chunks = (total: number, size: number) =>
  Array.from({ length: Math.ceil(total / size) }, (_, i) =>
    Buffer.alloc(Math.min(size, total - i * size), 'a'),
  );

describe('withCountedBody', () => {
  it('hands on a chunked body whole, with its length, on the same request line', async () => {
    const answer = await send(server.port, '/admin/login?x=1', {
      method: 'POST',
      body: [Buffer.from('email='), Buffer.from('a%40b.org')],
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      url: '/admin/login?x=1',
      contentLength: '15',
      chunked: null,
      body: 'email=a%40b.org',
    });
  });

  it('answers 413 once a chunked body passes the limit, and never hands it on', async () => {
    const before = handled;
    const answer = await send(server.port, '/admin/login', {
      method: 'POST',
      body: chunks(LIMIT * 1.3, 8 * 1024),
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toBe('Too large.');
    expect(handled).toBe(before);
  });

  it('leaves a body with a Content-Length to Node, which reads no more than it says', async () => {
    const answer = await send(server.port, '/', {
      method: 'POST',
      headers: { 'content-length': '5' },
      body: [Buffer.from('hello')],
    });
    expect(JSON.parse(answer.body)).toMatchObject({ contentLength: '5', body: 'hello' });
  });
});
