/** Serves the web app over HTTP and closes it cleanly. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createWebApp } from './app.js';
import { createCachingServer } from './cache/fast-path.js';
import { pageStoreOf } from './security/mount.js';
import type { WebContext } from './web-context.js';

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the web server on host:port (port 0 picks a free one). */
export async function startWebServer(context: WebContext, host: string, port: number): Promise<WebServer> {
  const app = createWebApp(context);
  // Cached pages are answered before the app runs (src/interfaces/web/cache/fast-path.ts).
  const store = pageStoreOf(app);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: host, port, ...(store ? { createServer: createCachingServer(store) } : {}) },
      (info: AddressInfo) => {
        const shownHost = info.address.includes(':') ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${shownHost}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
