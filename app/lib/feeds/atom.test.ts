import { describe, expect, it } from 'vitest';
import { escapeXml } from './atom';

describe('escapeXml', () => {
  it('escapes markup and quotes, and drops what XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeXml('tab\tnew\nline, emoji 😀')).toBe('tab\tnew\nline, emoji 😀');
  });
});
