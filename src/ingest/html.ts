// An HTML article page: main text by Readability over a linkedom document;
// metadata (title, date, outlet, url, tags) read from the page before
// Readability, which rewrites the document as it goes.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article, Message } from '../core/types.js';
import { InputError } from '../core/errors.js';
import { buildArticle, joinedDraft } from './article.js';
import { toIsoDate } from './dates.js';
import { htmlToText, nodeText } from './html-text.js';

type Doc = ReturnType<typeof parseHTML>['document'];

const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
  'meta[property="og:article:published_time"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
  'meta[name="publish_date"]', 'meta[name="PubDate"]', 'meta[itemprop="datePublished"]',
  'meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'meta[name="DC.date"]',
];

/** Reads one article page: title, main text, publication date, outlet, canonical url and tags. */
export function readHtml(text: string, file: string): Article[] {
  const { document } = parseHTML(text);
  if (!document.documentElement) throw new InputError('FORMAT_INVALID', file, 'not an HTML document');
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')?.trim() || '';
  const ld = jsonLd(document);
  const messages: Message[] = [];

  const dateRaw = DATE_META.map(meta).find(Boolean) || ld.datePublished
    || document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || '';
  const publishedAt = toIsoDate(dateRaw);
  if (dateRaw && !publishedAt) messages.push({ level: 'warning', code: 'BAD_DATE', reason: `unreadable publication date ${JSON.stringify(dateRaw)}` });
  const outlet = meta('meta[property="og:site_name"]') || ld.publisher || null;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta('meta[property="og:url"]') || null;
  const tags = [...document.querySelectorAll('meta[property="article:tag"]')].map((m) => m.getAttribute('content')?.trim() ?? '').filter(Boolean);
  const h1 = document.querySelector('h1')?.textContent?.trim() || '';
  const pageTitle = meta('meta[property="og:title"]') || ld.headline || h1 || document.querySelector('title')?.textContent?.trim() || '';

  let body = '';
  let readTitle = '';
  try {
    const parsed = new Readability(document as unknown as globalThis.Document, { charThreshold: 100 }).parse();
    if (parsed?.content) body = htmlToText(parsed.content);
    readTitle = parsed?.title?.trim() ?? '';
  } catch (e) {
    messages.push({ level: 'warning', code: 'READABILITY_FAILED', reason: `main-text extraction failed (${(e as Error).message}); using the whole page text` });
  }
  if (!body) body = fallbackText(text);
  const title = stripSiteName(pageTitle || readTitle, outlet);
  // Readability keeps the headline inside the content: drop it when it repeats the title.
  const lines = body.split('\n');
  if (title && lines[0]?.trim() === title) body = lines.slice(1).join('\n');
  if (!title && !body.trim()) throw new InputError('FORMAT_INVALID', file, 'HTML page without a title or text');
  if (!body.trim()) messages.push({ level: 'warning', code: 'NO_BODY', reason: 'no main text found on the page' });
  return [buildArticle(joinedDraft(title || body.split('\n')[0].slice(0, 60), body, { outlet, url, tags, publishedAt, messages }), file, 0, 'html')];
}

/** `标题 - 某网` / `标题_某网` / `标题 | 某网` → `标题` when the suffix is the site's name. */
function stripSiteName(title: string, site: string | null): string {
  const t = title.trim();
  if (!site) return t;
  const m = /^(.*\S)\s*[-_|｜—–]+\s*([^-_|｜—–]+)$/.exec(t);
  return m && m[2].trim() === site ? m[1] : t;
}

interface LdFields { datePublished?: string; headline?: string; publisher?: string }

/** datePublished, headline and publisher name from JSON-LD blocks (`@graph` included). */
function jsonLd(document: Doc): LdFields {
  const out: LdFields = {};
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try { data = JSON.parse(script.textContent ?? ''); } catch { continue; }
    const stack: unknown[] = [data];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) { stack.push(...v); continue; }
      if (typeof v !== 'object' || v === null) continue;
      const o = v as Record<string, unknown>;
      if (typeof o.datePublished === 'string') out.datePublished ??= o.datePublished;
      if (typeof o.headline === 'string') out.headline ??= o.headline;
      const pub = o.publisher as Record<string, unknown> | undefined;
      if (pub && typeof pub.name === 'string') out.publisher ??= pub.name;
      if (o['@graph']) stack.push(o['@graph']);
    }
  }
  return out;
}

function fallbackText(html: string): string {
  const { document } = parseHTML(html);
  return document.body ? nodeText(document.body as never) : '';
}
