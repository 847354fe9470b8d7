import { describe, expect, it } from 'vitest';
import { loginForm } from './login';

const nextAfterSignIn = (next: unknown) =>
  loginForm.parse({ email: 'editor@example.org', password: 'x', next }).next;

describe('where sign-in leads (`next`)', () => {
  it.each([
    ['/admin/..//evil.example'],
    ['/admin/%2e%2e//evil.example'],
    ['/admin/%2E%2E/%2Fevil.example'],
    ['//evil.example'],
    ['///evil.example/admin'],
    ['/\\evil.example/admin'],
    ['/admin\\..\\evil'],
    ['/admin\\..\\\\evil.example'],
    ['https://evil.example/admin'],
    ['http:/evil.example/admin'],
    ['javascript:alert(1)//admin'],
    ['/admin/../x'],
    ['/admin/./../../x'],
    ['/admin//evil.example'],
    ['/admin/\t/evil.example'],
    ['/admin/login'],
    ['/admin/login?next=/admin'],
    ['/admin/aid/../login'],
    ['/administrator'],
    ['/'],
    [''],
    [42],
  ])('sends %j to /admin', (next) => {
    expect(nextAfterSignIn(next)).toBe('/admin');
  });

  it('sends an over-long value to /admin', () => {
    expect(nextAfterSignIn('/admin/' + 'a'.repeat(3_000))).toBe('/admin');
  });

  it.each([
    ['/admin', '/admin'],
    ['/admin/aid/12?saved=1', '/admin/aid/12?saved=1'],
    ['/admin/aid/./12', '/admin/aid/12'],
    ['/admin/events/../aid', '/admin/aid'],
    ['/admin/aid#top', '/admin/aid'],
    ['/admin/sources?q=a%20b&page=2', '/admin/sources?q=a%20b&page=2'],
  ])('sends %j to the normalised admin page %j', (next, expected) => {
    expect(nextAfterSignIn(next)).toBe(expected);
  });

  it('never returns a value that leaves the origin when the browser resolves it', () => {
    const hostile = [
      '/admin/..//evil.example',
      '/admin/%2e%2e//evil.example',
      '/admin\\..\\/evil.example',
      '/admin/%2F%2Fevil.example',
    ];
    for (const next of hostile) {
      const landed = new URL(nextAfterSignIn(next), 'https://tracker.example.org/admin/login');
      expect(landed.origin).toBe('https://tracker.example.org');
      expect(landed.pathname.startsWith('/admin')).toBe(true);
    }
  });
});
