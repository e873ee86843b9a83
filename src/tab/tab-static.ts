import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';

/** Where `npm run build:tab` writes the tab web app (relative to the working directory, like the knowledge base). */
export const DEFAULT_TAB_DIST_DIR = path.join('tab', 'dist');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Hosts that may show the tab in a frame: Teams on the web, desktop and mobile, Outlook and the Microsoft 365 app. */
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://*.skype.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://outlook.office.com',
].join(' ');

/**
 * Content security policy of the tab: scripts only from this server; inline styles because Fluent UI inserts its
 * styles at run time; images also from https (announcement images in the preview); framed only by Microsoft 365.
 */
export const TAB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  "font-src 'self' data:",
  // teams-js fetches the current list of Teams host domains from Microsoft's CDN.
  "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS}`,
].join('; ');

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Fanen er ikke bygget</title></head>
<body style="font-family: 'Segoe UI', system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>Fanen Prosjektinfo er ikke bygget</h1>
<p>Serveren fant ikke de bygde filene til fanen (mappen <code>tab/dist</code>).</p>
<p>Kjør <code>npm run build:tab</code> og last siden på nytt. <code>npm start</code> bygger fanen automatisk når den mangler.</p>
</body></html>`;

/** A file as it is served: its bytes, gzipped bytes when worth it, and an ETag; reread when the file changes. */
interface ServedFile {
  mtimeMs: number;
  size: number;
  raw: Buffer;
  gzip?: Buffer;
  etag: string;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.map', '.json', '.svg', '.txt']);

/** Serves the built tab web app (tab/dist) under /tab, or a page saying how to build it when it is missing. */
export function registerTabStatic(server: Server, options: { distDir?: string; logger: Logger }): void {
  const root = path.resolve(options.distDir ?? DEFAULT_TAB_DIST_DIR);
  if (!existsSync(path.join(root, 'index.html'))) {
    options.logger.warn(
      { distDir: root },
      'The tab is not built: run `npm run build:tab` (served /tab shows how)',
    );
  }
  const cache = new Map<string, ServedFile>();

  const load = async (file: string): Promise<ServedFile | undefined> => {
    let info;
    try {
      info = await stat(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    if (!info.isFile()) return undefined;
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
    const raw = await readFile(file);
    const served: ServedFile = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      raw,
      gzip: COMPRESSIBLE.has(path.extname(file)) && raw.length > 1024 ? gzipSync(raw) : undefined,
      etag: `"${createHash('sha1').update(raw).digest('base64url')}"`,
    };
    cache.set(file, served);
    return served;
  };

  const toIndex = (res: Response) => {
    res.header('Location', '/tab/index.html');
    res.send(302);
  };
  server.get('/tab', async (_req: Request, res: Response) => toIndex(res));

  server.get('/tab/*', async (req: Request, res: Response) => {
    const relative = decodeSafely(req.path().slice('/tab/'.length));
    if (relative === '') {
      toIndex(res);
      return;
    }
    const file = relative === undefined ? undefined : path.resolve(root, relative);
    const type = file === undefined ? undefined : CONTENT_TYPES[path.extname(file)];
    if (file === undefined || !file.startsWith(root + path.sep) || type === undefined) {
      res.send(404, { error: 'Fant ikke siden.' });
      return;
    }
    const served = await load(file);
    if (!served) {
      if (relative === 'index.html' || !existsSync(root)) {
        options.logger.warn({ distDir: root }, 'tab file missing: the tab is not built');
        sendRaw(
          res,
          503,
          { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
          Buffer.from(NOT_BUILT_PAGE),
        );
        return;
      }
      res.send(404, { error: 'Fant ikke siden.' });
      return;
    }
    const gzip = served.gzip !== undefined && /\bgzip\b/.test(req.header('accept-encoding') ?? '');
    // Each encoding is its own representation, so it gets its own ETag.
    const etag = gzip ? `${served.etag.slice(0, -1)}-gz"` : served.etag;
    const headers: Record<string, string> = {
      'Content-Type': type,
      ETag: etag,
      Vary: 'Accept-Encoding',
      // Chunks carry a content hash in their name; everything else keeps its name and is revalidated.
      'Cache-Control': relative?.startsWith('chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (req.header('if-none-match') === etag) {
      sendRaw(res, 304, headers, Buffer.alloc(0));
      return;
    }
    if (gzip) headers['Content-Encoding'] = 'gzip';
    sendRaw(res, 200, headers, gzip ? served.gzip! : served.raw);
  });
}

function sendRaw(res: Response, status: number, headers: Record<string, string>, body: Buffer): void {
  res.writeHead(status, {
    ...headers,
    'Content-Length': body.length,
    'Content-Security-Policy': TAB_CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  });
  res.end(body);
}

function decodeSafely(value: string): string | undefined {
  try {
    const decoded = decodeURIComponent(value);
    return decoded.includes('\0') ? undefined : decoded;
  } catch (err) {
    // A malformed escape (%E0%A4%A) is a bad request, not a server error.
    if (err instanceof URIError) return undefined;
    throw err;
  }
}
