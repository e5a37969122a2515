// The 繁/简 switch: a page is rendered in the article's own script, then its
// text nodes (never attributes, so no offset, id or URL) are converted with
// the text layer's faithful conversion. Runs of text split only by inline tags
// (a <mark> inside a sentence) are converted as one string, so phrases that
// straddle a highlight convert as they would whole.
import type { Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { convertScript } from '../src/text/index.js';

/** The script a page is shown in: Simplified, Traditional, or as stored (`null`). */
export type PageScript = 'hans' | 'hant' | null;

/** The cookie that remembers a reader's choice. */
export const SCRIPT_COOKIE = 'kechuang_script';

/** The page script a request asks for: `?script=hans|hant|orig` (remembered in a cookie), else the cookie. */
export function pageScript(c: Context): PageScript {
  const asked = c.req.query('script');
  if (asked === 'hans' || asked === 'hant') {
    setCookie(c, SCRIPT_COOKIE, asked, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 365 * 24 * 3600 });
    return asked;
  }
  if (asked === 'orig') {
    deleteCookie(c, SCRIPT_COOKIE, { path: '/' });
    return null;
  }
  const kept = getCookie(c, SCRIPT_COOKIE);
  return kept === 'hans' || kept === 'hant' ? kept : null;
}

// Inline elements do not end a run of text; every other tag does.
const INLINE = new Set(['a', 'mark', 'span', 'strong', 'em', 'b', 'i', 'q', 'small', 'abbr', 'time', 'code', 'sup', 'sub', 'br', 'wbr', 'bdi', 'cite']);
// Raw-text elements hold no text nodes to convert. (A kept element must not nest one of its own name.)
const RAW = new Set(['script', 'style', 'textarea']);
const cache = new Map<string, string>();
const CACHE_MAX = 5000;

/** Converts one piece of text (not HTML) to a script, caching short pieces. */
export function convertText(text: string, to: 'hans' | 'hant'): string {
  // Only text with Han characters can change; most UI labels repeat across pages.
  if (!/[\u2e80-\u9fff\uf900-\ufaff]/.test(text)) return text;
  const key = to + text;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const out = convertScript(text, { to });
  if (text.length <= 64) {
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(key, out);
  }
  return out;
}

/** Converts the text nodes of an HTML page (as this app renders it: attribute values escaped) to one script. */
export function convertHtml(page: string, to: 'hans' | 'hant'): string {
  // Odd indexes are tags, even ones the text between them.
  const parts = page.split(/(<[^>]*>)/);
  let run: number[] = [];
  const flush = () => {
    const indexes = run;
    run = [];
    const texts = indexes.map((i) => parts[i]);
    if (texts.every((t) => t === '')) return;
    const whole = texts.join('');
    const converted = convertText(whole, to);
    if (converted.length === whole.length) {
      let at = 0;
      indexes.forEach((i, k) => { parts[i] = converted.slice(at, at + texts[k].length); at += texts[k].length; });
    } else {
      // A phrase rewrite changed the length, so the run cannot be cut back at its tags: convert piece by piece.
      indexes.forEach((i, k) => { parts[i] = convertText(texts[k], to); });
    }
  };
  let rawUntil: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      if (rawUntil === null) run.push(i);
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(parts[i]);
    const closing = tag?.[1] === '/';
    const name = tag?.[2].toLowerCase();
    if (rawUntil !== null) {
      if (closing && name === rawUntil) rawUntil = null;
      continue;
    }
    // An element marked `data-keep-script` (the switch's own 简/繁 labels) keeps its text as written.
    const keep = !closing && /\sdata-keep-script[\s=>]/.test(parts[i]);
    if (name && INLINE.has(name) && !keep) continue;
    flush();
    if (name && !closing && (RAW.has(name) || keep)) rawUntil = name;
  }
  flush();
  return parts.join('');
}
