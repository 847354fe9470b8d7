import { createServer, type Server } from 'node:http';

// The fastest this machine can serve a page: the same bytes, from memory, by node:http.
// Whatever the app does beyond that (routing, rendering, queries) is the gap it measures.

export interface Page {
  body: Buffer;
  contentType: string;
}

/** Fetches a route's full response once, as the floor will send it. */
export async function capturePage(url: string, headers: Record<string, string> = {}): Promise<Page> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return {
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? 'text/html',
  };
}

export interface FloorServer {
  url: string;
  serve: (page: Page) => void;
  close: () => Promise<void>;
}

export async function startFloor(port: number): Promise<FloorServer> {
  let page: Page = { body: Buffer.alloc(0), contentType: 'text/plain' };
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': page.contentType, 'content-length': page.body.length });
    res.end(page.body);
  });
  await new Promise<void>((resolve, reject) =>
    server.once('error', reject).listen(port, '127.0.0.1', resolve),
  );
  return {
    url: `http://127.0.0.1:${port}/`,
    serve: (next) => (page = next),
    close: () => new Promise((resolve) => (server.close(() => resolve()), server.closeAllConnections())),
  };
}
