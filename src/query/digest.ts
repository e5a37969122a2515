// Articles back out as a digest: plain text in the dev corpus's format,
// Markdown and HTML with each article's facts under it, an Atom feed and a
// JSON Feed 1.1. Gathering (`buildDigest`) reads the store; every renderer is
// a pure function of the data, so the server reuses them for its feeds.
// Article text is untrusted: every renderer escapes it for its format.
import { XMLBuilder } from 'fast-xml-parser';
import { getArticle, listArticles } from '../store/articles.js';
import { articleIdsForCompany, listFacts, requireCompany, type Store } from '../store/index.js';
import { ArgumentError } from '../core/errors.js';
import type { Changes } from './changes.js';
import { describeFact, STAGE_LABELS, VENUE_LABELS } from './labels.js';
import { isOnOrAfter } from './steps.js';
import { toScript, type TargetScript } from './script.js';

/** A fact as a digest lists it under its article. */
export interface DigestFact {
  readonly kind: string;
  readonly company: string;
  readonly summary: string;
  readonly quote: string;
}

/** One article of a digest. */
export interface DigestArticle {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly tags: readonly string[];
  readonly publishedAt: string | null;
  readonly ingestedAt: string;
  readonly facts: readonly DigestFact[];
}

/** A digest: its tag line(s) and articles, in one script. */
export interface Digest {
  readonly title: string;
  /** The tag asked for, else the tags every article shares. */
  readonly tags: readonly string[];
  readonly script: TargetScript | null;
  readonly articles: readonly DigestArticle[];
  /** The latest ingest or publication time among the articles (ISO), for feeds. */
  readonly updated: string;
}

/** What to put in a digest. */
export interface DigestOptions {
  readonly tag?: string;
  /** Articles published (else ingested) on or after this ISO date. */
  readonly since?: string;
  /** Only articles with facts about this company (any name, either script). */
  readonly company?: string;
  /** Convert everything to this script (faithful conversion). */
  readonly script?: TargetScript;
  /** At most this many articles, the latest ones (feeds). */
  readonly limit?: number;
}

/** Output formats of `kechuang digest`. */
export const DIGEST_FORMATS = ['text', 'md', 'html', 'atom', 'json'] as const;
/** One digest format. */
export type DigestFormat = (typeof DIGEST_FORMATS)[number];

/** Where a feed lives, for its self link and ids. */
export interface FeedOptions {
  /** Absolute URL of the feed itself. */
  readonly feedUrl?: string;
  /** Absolute URL of the site the feed belongs to. */
  readonly siteUrl?: string;
  readonly title?: string;
}

/** Gathers the articles of a digest from the store, with their facts, in ingest order. */
export function buildDigest(store: Store, options: DigestOptions = {}): Digest {
  if (options.script && options.script !== 'hans' && options.script !== 'hant') throw new ArgumentError(`--script is hans or hant, got "${options.script}"`, { script: options.script });
  let summaries = listArticles(store, { tag: options.tag });
  if (options.company) {
    const ids = new Set(articleIdsForCompany(store, requireCompany(store, options.company).id));
    summaries = summaries.filter((a) => ids.has(a.id));
  }
  if (options.since) summaries = summaries.filter((a) => isOnOrAfter(a.publishedAt ?? a.ingestedAt, options.since!));
  if (options.limit !== undefined && summaries.length > options.limit) summaries = summaries.slice(summaries.length - options.limit);
  const conv = (s: string) => (options.script ? toScript(s, options.script) : s);
  const articles = summaries.map((s): DigestArticle => {
    const full = getArticle(store, s.id)!;
    return {
      id: s.id,
      title: conv(full.title),
      body: conv(full.body),
      outlet: full.outlet === null ? null : conv(full.outlet),
      url: full.url,
      tags: full.tags.map(conv),
      publishedAt: full.publishedAt,
      ingestedAt: s.ingestedAt,
      facts: listFacts(store, { articleId: s.id }).map((f) => ({
        kind: f.fact.kind, company: conv(f.companyName), summary: conv(describeFact(f.fact)), quote: conv(f.fact.source.quote),
      })),
    };
  });
  const shared = articles.length ? articles[0].tags.filter((t) => articles.every((a) => a.tags.includes(t))) : [];
  const tags = options.tag ? [conv(options.tag)] : shared;
  const updated = articles.reduce((m, a) => {
    const t = toRfc3339(a.publishedAt) ?? a.ingestedAt;
    return t > m ? t : m;
  }, '');
  return { title: conv(`科创 digest${tags.length ? ' #' + tags.join(' #') : ''}`), tags, script: options.script ?? null, articles, updated: updated || new Date(0).toISOString() };
}

/** A digest as text in the dev corpus's format: `#tag` line(s), then per article a title line and a body line ending ` (outlet)`. */
export function renderDigestText(digest: Digest): string {
  const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const lines = digest.tags.map((t) => `#${oneLine(t)}`);
  for (const a of digest.articles) {
    lines.push(oneLine(a.title));
    lines.push(a.outlet ? `${oneLine(a.body)} (${oneLine(a.outlet)})` : oneLine(a.body));
  }
  return lines.join('\n') + '\n';
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Escapes text for Markdown so it renders as itself: no links, emphasis, headings or raw HTML. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '\\' + c))
    .replace(/^(\s*)([-=]|\d+\.)/gm, (_m, sp: string, mark: string) => `${sp}\\${mark}`);
}

/** Only http(s) URLs are linked: a `javascript:` URL in a feed must not become a link. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch { return null; }
}

function dateLine(a: DigestArticle): string {
  return [a.outlet, a.publishedAt].filter(Boolean).join(' · ');
}

/** A digest as Markdown: per article a heading, source line, body and its facts as a list. */
export function renderDigestMarkdown(digest: Digest): string {
  const out: string[] = [`# ${escapeMarkdown(digest.title)}`, ''];
  for (const a of digest.articles) {
    const url = safeUrl(a.url);
    out.push(`## ${url ? `[${escapeMarkdown(a.title)}](<${url.replace(/[<>]/g, encodeURIComponent)}>)` : escapeMarkdown(a.title)}`, '');
    const meta = dateLine(a);
    if (meta) out.push(`*${escapeMarkdown(meta)}*`, '');
    for (const para of a.body.split(/\n+/)) if (para.trim()) out.push(escapeMarkdown(para.trim()), '');
    if (a.facts.length) {
      for (const f of a.facts) out.push(`- **${escapeMarkdown(f.company)}** ${escapeMarkdown(f.summary)} — “${escapeMarkdown(f.quote)}”`);
      out.push('');
    }
  }
  return out.join('\n');
}

/** The HTML of one article (heading, source, body, facts), as a page section or feed content. */
export function articleHtml(a: DigestArticle, headingLevel = 2): string {
  const h = `h${headingLevel}`;
  const url = safeUrl(a.url);
  const title = url ? `<a href="${escapeHtml(url)}">${escapeHtml(a.title)}</a>` : escapeHtml(a.title);
  const meta = dateLine(a);
  const body = a.body.split(/\n+/).filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('\n');
  const facts = a.facts.length
    ? `<ul class="facts">\n${a.facts.map((f) => `<li><strong>${escapeHtml(f.company)}</strong> ${escapeHtml(f.summary)} <q>${escapeHtml(f.quote)}</q></li>`).join('\n')}\n</ul>`
    : '';
  return [`<${h}>${title}</${h}>`, meta ? `<p class="source">${escapeHtml(meta)}</p>` : '', body, facts].filter(Boolean).join('\n');
}

/** A digest as a standalone HTML page. */
export function renderDigestHtml(digest: Digest): string {
  const lang = digest.script === 'hant' ? 'zh-Hant' : 'zh-Hans';
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${escapeHtml(digest.title)}</title></head>
<body>
<h1>${escapeHtml(digest.title)}</h1>
${digest.articles.map((a) => `<article id="a-${escapeHtml(a.id)}">\n${articleHtml(a)}\n</article>`).join('\n')}
</body>
</html>
`;
}

/** An ISO date or datetime as RFC 3339 (`2025-12` → `2025-12-01T00:00:00Z`), or null when it is not one. */
export function toRfc3339(date: string | null): string | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (m) return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00Z`;
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

// XML 1.0 forbids most control characters and lone surrogates; untrusted text may hold them.
function xmlSafe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

// Why not the `feed` package: it wraps titles and content in CDATA without
// splitting `]]>`, so untrusted text could end the section. XMLBuilder escapes.
const xml = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });

interface AtomEntry {
  readonly id: string;
  readonly title: string;
  readonly updated: string;
  readonly published?: string | null;
  readonly url?: string | null;
  readonly author?: string | null;
  readonly categories?: readonly string[];
  readonly html: string;
  readonly summary?: string;
}

/** Builds an Atom 1.0 document (RFC 4287) from escaped-by-construction parts. */
function atomDocument(meta: { id: string; title: string; updated: string; feedUrl?: string; siteUrl?: string; lang: string }, entries: readonly AtomEntry[]): string {
  const link = (href: string | null | undefined, rel: string) => (href ? [{ '@_rel': rel, '@_href': href }] : []);
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': meta.lang,
      id: meta.id,
      title: { '@_type': 'text', '#text': xmlSafe(meta.title) },
      updated: meta.updated,
      author: { name: 'kechuang' },
      generator: 'kechuang',
      link: [...link(safeUrl(meta.feedUrl ?? null), 'self'), ...link(safeUrl(meta.siteUrl ?? null), 'alternate')],
      entry: entries.map((e) => ({
        id: e.id,
        title: { '@_type': 'text', '#text': xmlSafe(e.title) },
        updated: e.updated,
        ...(e.published ? { published: e.published } : {}),
        ...(e.author ? { author: { name: xmlSafe(e.author) } } : {}),
        link: link(safeUrl(e.url ?? null), 'alternate'),
        category: (e.categories ?? []).map((c) => ({ '@_term': xmlSafe(c) })),
        ...(e.summary ? { summary: { '@_type': 'text', '#text': xmlSafe(e.summary) } } : {}),
        content: { '@_type': 'html', '#text': xmlSafe(e.html) },
      })),
    },
  };
  return xml.build(doc) as string;
}

/** A digest as an Atom 1.0 feed, one entry per article (content: the article's HTML with its facts). */
export function renderDigestAtom(digest: Digest, options: FeedOptions = {}): string {
  return atomDocument({
    id: options.feedUrl ?? `urn:kechuang:digest:${encodeURIComponent(digest.tags.join(',') || 'all')}`,
    title: options.title ?? digest.title,
    updated: digest.updated,
    feedUrl: options.feedUrl,
    siteUrl: options.siteUrl,
    lang: digest.script === 'hant' ? 'zh-Hant' : 'zh-Hans',
  }, [...digest.articles].reverse().map((a) => ({
    id: `urn:kechuang:article:${a.id}`,
    title: a.title,
    updated: toRfc3339(a.publishedAt) ?? a.ingestedAt,
    published: toRfc3339(a.publishedAt),
    url: a.url,
    author: a.outlet,
    categories: a.tags,
    summary: a.body.length > 140 ? a.body.slice(0, 140) + '…' : a.body,
    html: articleHtml(a, 1),
  })));
}

/** A digest as a JSON Feed 1.1 document; facts ride in the `_kechuang` extension of each item. */
export function digestJsonFeed(digest: Digest, options: FeedOptions = {}): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title ?? digest.title,
    ...(safeUrl(options.siteUrl ?? null) ? { home_page_url: safeUrl(options.siteUrl!) } : {}),
    ...(safeUrl(options.feedUrl ?? null) ? { feed_url: safeUrl(options.feedUrl!) } : {}),
    language: digest.script === 'hant' ? 'zh-Hant' : 'zh-Hans',
    authors: [{ name: 'kechuang' }],
    items: [...digest.articles].reverse().map((a) => ({
      id: a.id,
      ...(safeUrl(a.url) ? { url: safeUrl(a.url) } : {}),
      title: a.title,
      content_text: a.body,
      content_html: articleHtml(a, 1),
      ...(toRfc3339(a.publishedAt) ? { date_published: toRfc3339(a.publishedAt) } : {}),
      date_modified: a.ingestedAt,
      ...(a.outlet ? { authors: [{ name: a.outlet }] } : {}),
      tags: a.tags,
      _kechuang: { outlet: a.outlet, facts: a.facts },
    })),
  };
}

/** A digest as JSON Feed 1.1 text. */
export function renderDigestJsonFeed(digest: Digest, options: FeedOptions = {}): string {
  return JSON.stringify(digestJsonFeed(digest, options), null, 2) + '\n';
}

/** A digest in one of `DIGEST_FORMATS`. */
export function renderDigest(digest: Digest, format: DigestFormat, options: FeedOptions = {}): string {
  switch (format) {
    case 'text': return renderDigestText(digest);
    case 'md': return renderDigestMarkdown(digest);
    case 'html': return renderDigestHtml(digest);
    case 'atom': return renderDigestAtom(digest, options);
    case 'json': return renderDigestJsonFeed(digest, options);
    default: throw new ArgumentError(`unknown digest format "${String(format)}" (one of ${DIGEST_FORMATS.join(', ')})`, { format });
  }
}

/** The title of one company's changes: its stage moves, else how many new facts. */
export function changeTitle(c: Changes['companies'][number]): string {
  const moves = c.stageChanges.map((s) => `${VENUE_LABELS[s.venue] ?? s.venue} ${s.from ? `${STAGE_LABELS[s.from.stage]} → ` : ''}${STAGE_LABELS[s.to.stage]}`);
  return `${c.company}：${moves.length ? moves.join('；') : `${c.facts.length} 条新事实`}`;
}

/** Changes as an Atom feed, one entry per company (its stage moves and new facts with quotes). */
export function renderChangesAtom(changes: Changes, options: FeedOptions = {}): string {
  const entries = changes.companies.map((c): AtomEntry => ({
    id: `urn:kechuang:changes:${c.companyId ?? encodeURIComponent(c.company)}:${c.updated}`,
    title: changeTitle(c),
    updated: c.updated,
    html: `<ul>\n${c.facts.map((f) => `<li>${escapeHtml(f.summary)} <q>${escapeHtml(f.source.quote)}</q> — ${escapeHtml([f.source.outlet, f.source.date].filter(Boolean).join(' · '))}</li>`).join('\n')}\n</ul>`,
  }));
  const updated = changes.companies.reduce((m, c) => (c.updated > m ? c.updated : m), '') || toRfc3339(changes.since)!;
  return atomDocument({
    id: options.feedUrl ?? `urn:kechuang:changes:${changes.since}`,
    title: options.title ?? `科创 changes since ${changes.since}`,
    updated,
    feedUrl: options.feedUrl,
    siteUrl: options.siteUrl,
    lang: 'zh-Hans',
  }, entries);
}
