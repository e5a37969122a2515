// The frame of every page: header with navigation, search and the 繁/简
// switch, the page body, and a footer. Scripts come from /static only (CSP).
import type { Script } from '../src/core/types.js';
import { h, join, type Html } from './html.js';
import type { PageScript } from './script-switch.js';

/** What every page renderer knows about the request. */
export interface PageContext {
  /** The request URL (path and query are used for links back to this page). */
  readonly url: URL;
  readonly script: PageScript;
}

/** Which navigation entry a page belongs to. */
export type Section = 'pipeline' | 'companies' | 'articles' | 'search' | 'changes' | 'none';

/** What a page puts into the frame. */
export interface PageOptions {
  readonly title: string;
  readonly section: Section;
  /** Extra scripts under /static, loaded before app.js. */
  readonly scripts?: readonly string[];
  /** Text for the header search box. */
  readonly query?: string;
}

/** The `lang` of text in a script: what the page shows it in, else its own. */
export function langOf(script: Script | PageScript, page: PageScript): string {
  const s = page ?? script;
  return s === 'hant' ? 'zh-Hant' : 'zh-Hans';
}

/** This page's URL with one query parameter set (or removed when `value` is undefined). */
export function withParam(url: URL, name: string, value: string | undefined): string {
  const params = new URLSearchParams(url.search);
  if (value === undefined) params.delete(name); else params.set(name, value);
  const q = params.toString();
  return `${url.pathname}${q ? `?${q}` : ''}`;
}

const NAV: readonly { readonly section: Section; readonly href: string; readonly label: string }[] = [
  { section: 'pipeline', href: '/', label: 'IPO 管线' },
  { section: 'companies', href: '/companies', label: '公司' },
  { section: 'articles', href: '/articles', label: '文章' },
  { section: 'changes', href: '/changes', label: '最新变动' },
];

const SCRIPTS: readonly { readonly value: 'orig' | 'hans' | 'hant'; readonly label: string; readonly title: string }[] = [
  { value: 'orig', label: '原文', title: 'original' },
  { value: 'hans', label: '简', title: 'Simplified' },
  { value: 'hant', label: '繁', title: 'Traditional' },
];

/** The 原文/简/繁 switch: links to this page with `?script=`. */
function scriptSwitch(ctx: PageContext): Html {
  const current = ctx.script ?? 'orig';
  return h`<nav class="script-switch" aria-label="script" data-keep-script>${SCRIPTS.map((s) => (s.value === current
    ? h`<a href="${withParam(ctx.url, 'script', s.value)}" aria-current="true" lang="${s.value === 'hant' ? 'zh-Hant' : 'zh-Hans'}" data-script="${s.value}">${s.label}</a>`
    : h`<a href="${withParam(ctx.url, 'script', s.value)}" lang="${s.value === 'hant' ? 'zh-Hant' : 'zh-Hans'}" data-script="${s.value}">${s.label}</a>`))}</nav>`;
}

/** A whole HTML page around `body`. */
export function layout(ctx: PageContext, options: PageOptions, body: Html): Html {
  const nav = join(NAV.map((n) => (n.section === options.section
    ? h`<a href="${n.href}" aria-current="page">${n.label}</a>`
    : h`<a href="${n.href}">${n.label}</a>`)));
  return h`<!doctype html>
<html lang="${langOf(null, ctx.script)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · 科创 kechuang</title>
<link rel="stylesheet" href="/static/style.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="/feed.atom" title="kechuang digest">
<link rel="alternate" type="application/feed+json" href="/feed.json" title="kechuang digest">
<link rel="alternate" type="application/atom+xml" href="/changes.atom" title="kechuang changes">
</head>
<body>
<header class="site">
<a class="brand" href="/">科创<span>kechuang</span></a>
<nav class="main">${nav}</nav>
<form class="search" action="/search" method="get" role="search"><input type="search" name="q" value="${options.query ?? ''}" placeholder="搜索…" aria-label="search"><button type="submit">搜索</button></form>
${scriptSwitch(ctx)}
</header>
<main>
${body}
</main>
<footer class="site">
<p>每条事实都附有原文引文，可点回文章核对。数据：<a href="/api/openapi.json">JSON API</a> · <a href="/feed.atom">Atom</a> · <a href="/feed.json">JSON Feed</a> · <a href="/changes.atom">变动订阅</a></p>
</footer>
${(options.scripts ?? []).map((s) => h`<script src="/static/${s}" defer></script>`)}
<script src="/static/app.js" defer></script>
</body>
</html>
`;
}
