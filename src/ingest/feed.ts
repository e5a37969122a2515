// RSS 2.0 and Atom feeds: each item (entry) is an article; HTML in
// descriptions and contents is reduced to text.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Article, InputFormat, Message } from '../core/types.js';
import { InputError } from '../core/errors.js';
import { buildArticle, joinedDraft } from './article.js';
import { toIsoDate } from './dates.js';
import { htmlToText } from './html-text.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Titles like "2025" must stay strings.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  processEntities: true,
});

/** The root element name of an XML document (`rss`, `feed`, `rdf:RDF`, `html`), skipping declarations and comments. */
export function xmlRootName(text: string): string | undefined {
  const m = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z][\w:.-]*)/i.exec(text);
  return m?.[1];
}

/** Reads an RSS 2.0 (or RSS 1.0) or Atom feed; `format` says which. */
export function readFeed(text: string, file: string, format: Extract<InputFormat, 'rss' | 'atom'>): Article[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new InputError('FORMAT_INVALID', file, `malformed XML: ${valid.err.msg}`, { line: valid.err.line });
  const doc = parser.parse(text) as Node;
  return format === 'atom' ? readAtom(doc, file) : readRss(doc, file);
}

function readRss(doc: Node, file: string): Article[] {
  const rss = (doc.rss ?? doc['rdf:RDF']) as Node | undefined;
  const channel = (rss?.channel ?? {}) as Node;
  // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
  const items = asArray<Node>(channel.item ?? rss?.item);
  const feedTitle = textOf(channel.title);
  const articles: Article[] = [];
  items.forEach((item, i) => {
    const title = inlineText(item.title);
    const body = htmlToText(textOf(item['content:encoded']) || textOf(item.description));
    const messages: Message[] = [];
    const dateRaw = textOf(item.pubDate) || textOf(item['dc:date']);
    const publishedAt = toIsoDate(dateRaw);
    if (dateRaw && !publishedAt) messages.push({ level: 'warning', code: 'BAD_DATE', reason: `item ${i + 1}: unreadable date ${JSON.stringify(dateRaw)}` });
    if (!title && !body) return;
    if (!body) messages.push({ level: 'warning', code: 'NO_BODY', reason: `item ${i + 1}: no description or content` });
    const rest = {
      outlet: textOf(item.source) || textOf(item['dc:source']) || feedTitle || null,
      url: textOf(item.link) || (isPermalink(item.guid) ? textOf(item.guid) : '') || null,
      tags: asArray(item.category).map(textOf).filter(Boolean),
      publishedAt,
      messages,
    };
    articles.push(buildArticle(joinedDraft(title || firstLine(body), body, rest), file, articles.length, 'rss'));
  });
  return articles;
}

function readAtom(doc: Node, file: string): Article[] {
  const feed = (doc.feed ?? {}) as Node;
  const feedTitle = inlineText(feed.title);
  const articles: Article[] = [];
  asArray<Node>(feed.entry).forEach((entry, i) => {
    const title = inlineText(entry.title);
    const body = htmlToText(textOf(entry.content) || textOf(entry.summary));
    const messages: Message[] = [];
    const dateRaw = textOf(entry.published) || textOf(entry.updated);
    const publishedAt = toIsoDate(dateRaw);
    if (dateRaw && !publishedAt) messages.push({ level: 'warning', code: 'BAD_DATE', reason: `entry ${i + 1}: unreadable date ${JSON.stringify(dateRaw)}` });
    if (!title && !body) return;
    if (!body) messages.push({ level: 'warning', code: 'NO_BODY', reason: `entry ${i + 1}: no content or summary` });
    const links = asArray<Node | string>(entry.link);
    const link = links.find((l) => typeof l === 'object' && (l['@_rel'] === undefined || l['@_rel'] === 'alternate'));
    const rest = {
      outlet: inlineText((entry.source as Node | undefined)?.title) || feedTitle || null,
      url: (link && typeof link === 'object' ? String(link['@_href'] ?? '') : '') || null,
      tags: asArray<Node>(entry.category).map((c) => String(c['@_term'] ?? c['@_label'] ?? '')).filter(Boolean),
      publishedAt,
      messages,
    };
    articles.push(buildArticle(joinedDraft(title || firstLine(body), body, rest), file, articles.length, 'atom'));
  });
  return articles;
}

function asArray<T>(v: unknown): T[] {
  if (v === undefined || v === null || v === '') return [];
  return (Array.isArray(v) ? v : [v]) as T[];
}

/** The text of an element that may carry attributes (`{ '#text': …, '@_type': … }`). */
function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') {
    const o = v as Node;
    if ('#text' in o) return textOf(o['#text']);
    // XHTML content arrives as elements: take their text.
    return Object.entries(o).filter(([k]) => !k.startsWith('@_')).map(([, x]) => textOf(x)).join(' ').trim();
  }
  return '';
}

/** Title-like text: HTML reduced and kept on one line. */
function inlineText(v: unknown): string {
  return htmlToText(textOf(v)).replace(/\n+/g, ' ').trim();
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 60);
}

function isPermalink(guid: unknown): boolean {
  if (typeof guid === 'object' && guid !== null && (guid as Node)['@_isPermaLink'] === 'false') return false;
  return /^https?:\/\//.test(textOf(guid));
}
