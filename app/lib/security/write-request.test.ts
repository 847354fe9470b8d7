import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { refuseHostileWrite } from './write-request';

// The proxy's size check agrees with the server's: 32 MB for an editor's upload to the
// import page, 1 MB for every other write.

const post = (pathname: string, bytes: number, cookie = '') =>
  new NextRequest(`http://localhost:3000${pathname}`, {
    method: 'POST',
    headers: {
      origin: 'http://localhost:3000',
      host: 'localhost:3000',
      'content-length': String(bytes),
      ...(cookie ? { cookie } : {}),
    },
  });

describe('refuseHostileWrite', () => {
  it('lets an editor upload a list of several MB to the import page', () => {
    expect(refuseHostileWrite(post('/admin/import', 6_000_000, 'tracker_session=x'))).toBeNull();
    expect(refuseHostileWrite(post('/admin/import', 40_000_000, 'tracker_session=x'))?.status).toBe(413);
  });

  it('refuses more than 1 MB anywhere else, or without a session', async () => {
    const refused = refuseHostileWrite(post('/admin/import', 2_000_000));
    expect(refused?.status).toBe(413);
    expect(await refused?.text()).toBe(
      'This request is larger than 1 MB, so it was refused; nothing was saved.',
    );
    expect(refuseHostileWrite(post('/admin/aid/new', 2_000_000, 'tracker_session=x'))?.status).toBe(413);
    expect(refuseHostileWrite(post('/admin/aid/new', 500_000, 'tracker_session=x'))).toBeNull();
  });
});
