/**
 * Serves the built preview (dist-preview/, from `webpack --env preview`) over plain HTTP on this
 * machine only, and prints its address. `npm run preview` builds it and runs this:
 *
 *   npm run preview                      # http://127.0.0.1:8080/
 *   PREVIEW_PORT=9000 npm run preview    # another port; 0 for any free one
 *
 * A static server of a few lines, for the preview and its tests: files only, GET and HEAD only,
 * nothing outside the folder, no caching (a rebuilt preview shows at the next reload).
 */
import { createReadStream, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface StaticServer {
  /** E.g. http://127.0.0.1:8080/ */
  readonly url: string;
  close(): Promise<void>;
}

/** The file a request path names inside the folder, or null for one outside it. */
export function fileFor(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  const file = path.join(
    root,
    path.normalize(decoded.endsWith('/') ? `${decoded}index.html` : decoded),
  );
  return file.startsWith(path.resolve(root) + path.sep) ? file : null;
}

/** Serves the folder on 127.0.0.1 at the port (0: any free one) until closed. */
export function serveFolder(root: string, port: number): Promise<StaticServer> {
  const folder = path.resolve(root);
  const server: Server = createServer((request, response) => {
    const file =
      request.method === 'GET' || request.method === 'HEAD'
        ? fileFor(folder, new URL(request.url ?? '/', 'http://localhost').pathname)
        : null;
    const size = file === null ? null : fileSize(file);
    if (file === null || size === null) {
      response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405, {
        'content-type': 'text/plain; charset=utf-8',
      });
      response.end('Not found.\n');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${bound}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => {
              done();
            });
          }),
      });
    });
  });
}

function fileSize(file: string): number | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', 'dist-preview');
  if (fileSize(path.join(root, 'index.html')) === null) {
    console.error(
      'There is no built preview in dist-preview/: run `npm run preview`, which builds it first.',
    );
    process.exit(2);
  }
  const port = Number(process.env.PREVIEW_PORT ?? '8080');
  let server: StaticServer;
  try {
    server = await serveFolder(root, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${port} is taken; choose another with PREVIEW_PORT=<port> (0 for any free one).`
        : `The preview could not be served: ${String(error)}`,
    );
    process.exit(2);
  }
  console.log(`The pane's preview: ${server.url}`);
  console.log(`  in English, dark: ${server.url}?lang=en&theme=dark`);
  console.log('Ctrl-C stops it.');
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) void main();
