// @ts-check
import { readFileSync } from 'node:fs';

// The answers the server writes itself, before Next sees the request (a refused address,
// method or body, a busy queue or sign-in): the same protective headers as every response
// of Next (next.config.js reads the same file), never stored, one sentence of plain text.

/** @type {Record<string, string>} */
const SECURITY_HEADERS = JSON.parse(
  readFileSync(new URL('../app/lib/security/security-headers.json', import.meta.url), 'utf8'),
);

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} sentence
 * @param {Record<string, string>} [headers] e.g. Allow, Retry-After
 */
export function answerPlainly(res, status, sentence, headers = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'Cache-Control': 'no-store',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(sentence)),
    ...headers,
  });
  res.end(res.req?.method === 'HEAD' ? undefined : sentence);
}
