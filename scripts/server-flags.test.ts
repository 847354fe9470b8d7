import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listenHostname, renderConcurrency, renderQueueLength, SERVER_NODE_FLAGS } from './server-flags.mjs';

describe('SERVER_NODE_FLAGS', () => {
  it('are the flags `npm start` runs the server with', () => {
    const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.start).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} scripts/start.mjs`);
  });
});

describe('renderConcurrency', () => {
  it('is 4 unless RENDER_CONCURRENCY says otherwise', () => {
    expect(renderConcurrency(undefined)).toBe(4);
    expect(renderConcurrency(' ')).toBe(4);
    expect(renderConcurrency('8')).toBe(8);
  });

  it('stops start-up on a value that is not a whole number of at least one', () => {
    for (const value of ['0', '-2', '1.5', 'many'])
      expect(() => renderConcurrency(value)).toThrow(`not "${value}"`);
  });
});

describe('renderQueueLength', () => {
  it('is 64 unless RENDER_QUEUE_LENGTH says otherwise, and a whole number of at least one', () => {
    expect(renderQueueLength(undefined)).toBe(64);
    expect(renderQueueLength('16')).toBe(16);
    expect(() => renderQueueLength('0')).toThrow(
      'RENDER_QUEUE_LENGTH must be a whole number of at least 1, not "0"',
    );
  });
});

describe('listenHostname', () => {
  it('is 127.0.0.1 unless --hostname or HOSTNAME says otherwise', () => {
    expect(listenHostname(undefined, undefined)).toBe('127.0.0.1');
    expect(listenHostname(undefined, ' ')).toBe('127.0.0.1');
    expect(listenHostname(undefined, '0.0.0.0')).toBe('0.0.0.0');
    expect(listenHostname('::1', '0.0.0.0')).toBe('::1');
  });
});
