import { get, type IncomingHttpHeaders } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startTab, type RunningTab } from './tab-harness';

let dist: string;

/** A GET that returns the bytes as sent (fetch would decompress them). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}
let tab: RunningTab;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'tab-dist-'));
  await mkdir(path.join(dist, 'chunks'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Prosjektinfo</title>');
  await writeFile(path.join(dist, 'app.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  await writeFile(path.join(dist, 'chunks', 'composer-ABC123.js'), 'export const composer = 1;');
  await writeFile(path.join(dist, 'notes.exe'), 'not served');
  tab = await startTab({ TAB_AUTH: 'off' }, { distDir: dist });
});

afterAll(async () => {
  await tab?.stop();
  await rm(dist, { recursive: true, force: true });
});

describe('the tab web app under /tab', () => {
  test('/tab and /tab/ lead to index.html', async () => {
    for (const url of ['/tab', '/tab/']) {
      const res = await fetch(`${tab.url}${url}`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/tab/index.html');
    }
  });

  test('index.html may be framed by Teams only, and scripts come only from this server', async () => {
    const res = await fetch(`${tab.url}/tab/index.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com /);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('Prosjektinfo');
  });

  test('scripts are sent gzipped to browsers that accept it, and revalidated by ETag', async () => {
    const url = `${tab.url}/tab/app.js`;
    const first = await rawGet(url, { 'Accept-Encoding': 'gzip' });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.body.length).toBeLessThan(1000);
    expect(gunzipSync(first.body).toString()).toContain('console.log');
    const etag = String(first.headers.etag);
    const again = await rawGet(url, { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    const plain = await rawGet(url, { 'If-None-Match': etag });
    expect(plain.status).toBe(200);
    expect(plain.body.toString()).toContain('console.log');
  });

  test('hashed chunks are cached for a year', async () => {
    const res = await fetch(`${tab.url}/tab/chunks/composer-ABC123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  test.each([
    ['a path outside the folder', '/tab/..%2f..%2fpackage.json'],
    ['an encoded NUL byte', '/tab/index.html%00.js'],
    ['a file type that is not served', '/tab/notes.exe'],
    ['a file that does not exist', '/tab/missing.js'],
    ['a malformed escape', '/tab/%E0%A4%A.js'],
  ])('%s is a 404', async (_name, url) => {
    const res = await fetch(`${tab.url}${url}`);
    expect(res.status).toBe(404);
  });
});

describe('when the tab is not built', () => {
  test('/tab/index.html explains how to build it', async () => {
    const missing = await startTab({ TAB_AUTH: 'off' }, { distDir: path.join(dist, 'does-not-exist') });
    try {
      const res = await fetch(`${missing.url}/tab/index.html`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build:tab');
    } finally {
      await missing.stop();
    }
  });
});
