// The few static files the pages load, all served by the app itself (no CDN,
// CSP `'self'`): the stylesheet and script under web/static, and ECharts'
// minified build from node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

/** One static file: its type and bytes. */
interface Asset {
  readonly type: string;
  readonly body: Uint8Array;
}

// web/static sits beside web/*.ts in a checkout; from dist/src/server the checkout's copy is two levels up.
function staticDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '../../web/static'), join(here, '../../../web/static')];
  const found = candidates.find((d) => existsSync(join(d, 'app.js')));
  if (!found) throw new Error(`web/static not found (looked in ${candidates.join(', ')})`);
  return found;
}

function echartsFile(): string {
  // `echarts` resolves (require condition) to dist/echarts.js; the minified build sits beside it.
  return join(dirname(createRequire(import.meta.url).resolve('echarts')), 'echarts.min.js');
}

const TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Reads every served file once: the set is fixed, so no request path ever reaches the file system. */
export function loadAssets(): ReadonlyMap<string, Asset> {
  const dir = staticDir();
  const files: [string, string][] = [
    ['style.css', join(dir, 'style.css')],
    ['app.js', join(dir, 'app.js')],
    ['favicon.svg', join(dir, 'favicon.svg')],
    ['echarts.min.js', echartsFile()],
  ];
  return new Map(files.map(([name, path]) => [name, { type: TYPES[name.slice(name.lastIndexOf('.'))], body: readFileSync(path) }]));
}

/** Routes serving `/static/<name>` for the fixed set of assets. */
export function staticRoutes(): Hono {
  const assets = loadAssets();
  const app = new Hono();
  app.get('/static/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return c.notFound();
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=3600' });
  });
  return app;
}
