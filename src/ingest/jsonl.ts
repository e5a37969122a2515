// JSON Lines: one article object a line. A bad line fails the whole file with
// its line number, so a file is never half-ingested.
import type { Article, Message } from '../core/types.js';
import { InputError } from '../core/errors.js';
import { buildArticle, joinedDraft, leadTitleSpan } from './article.js';
import { toIsoDate } from './dates.js';
import { htmlToText } from './html-text.js';

/** Reads `{title, body|text|content, source?, url?, published_at?, tags?}` objects, one per line. */
export function readJsonl(text: string, file: string): Article[] {
  const articles: Article[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = { line: i + 1 };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new InputError('FORMAT_INVALID', file, `invalid JSON: ${(e as Error).message}`, where);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InputError('FORMAT_INVALID', file, 'expected a JSON object per line', where);
    }
    const o = value as Record<string, unknown>;
    const title = stringField(o, ['title', 'headline'], file, where);
    const rawBody = stringField(o, ['body', 'text', 'content'], file, where);
    if (!title?.trim() && !rawBody?.trim()) throw new InputError('FORMAT_INVALID', file, 'no title and no body/text/content', where);
    const body = rawBody && /<\/?[a-z][^>]*>/i.test(rawBody) ? htmlToText(rawBody) : (rawBody ?? '');

    const messages: Message[] = [];
    const dateValue = o.published_at ?? o.publishedAt ?? o.date;
    const publishedAt = toIsoDate(dateValue);
    if (dateValue != null && dateValue !== '' && publishedAt === null) {
      messages.push({ level: 'warning', code: 'BAD_DATE', reason: `line ${i + 1}: published_at is not a date: ${JSON.stringify(dateValue)}` });
    }
    const rest = {
      outlet: stringField(o, ['source', 'outlet'], file, where) ?? null,
      url: stringField(o, ['url', 'link'], file, where) ?? null,
      tags: tagsOf(o.tags, file, where),
      publishedAt,
      messages,
    };
    if (title?.trim()) {
      articles.push(buildArticle(joinedDraft(title, body, rest), file, articles.length, 'jsonl'));
    } else {
      const t = body.trim();
      articles.push(buildArticle({ ...rest, text: t, titleSpan: leadTitleSpan(t, 0, t.indexOf('\n') < 0 ? t.length : t.indexOf('\n')), bodySpan: { start: 0, end: t.length } }, file, articles.length, 'jsonl'));
    }
  }
  return articles;
}

function stringField(o: Record<string, unknown>, keys: readonly string[], file: string, where: { line: number }): string | undefined {
  for (const k of keys) {
    const v = o[k];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    throw new InputError('FORMAT_INVALID', file, `field "${k}" must be a string`, where);
  }
  return undefined;
}

function tagsOf(v: unknown, file: string, where: { line: number }): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return v.split(/[,，、\s]+/).filter(Boolean);
  if (Array.isArray(v) && v.every((t) => typeof t === 'string')) return v as string[];
  throw new InputError('FORMAT_INVALID', file, 'field "tags" must be a list of strings', where);
}
