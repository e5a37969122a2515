import { createHash } from 'node:crypto';
import type { Article, InputFormat, Message, Span } from '../core/types.js';
import { detectScript } from '../text/script.js';

/** What a reader knows about one article before it gets its id, script and place. */
export interface ArticleDraft {
  /** The article text as ingested; `title` and `body` are slices of it. */
  readonly text: string;
  readonly titleSpan: Span;
  readonly bodySpan: Span;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly tags?: readonly string[];
  readonly publishedAt?: string | null;
  readonly yearBefore?: number;
  readonly messages?: readonly Message[];
}

/** The stable id of an article: 16 hex chars of sha256 over title, body and outlet. */
export function articleId(title: string, body: string, outlet: string | null): string {
  return createHash('sha256').update(`${title}\n${body}\n${outlet ?? ''}`).digest('hex').slice(0, 16);
}

/** Completes a draft into an Article: id from content, script, file and position. */
export function buildArticle(draft: ArticleDraft, file: string, position: number, format: InputFormat): Article {
  const title = draft.text.slice(draft.titleSpan.start, draft.titleSpan.end);
  const body = draft.text.slice(draft.bodySpan.start, draft.bodySpan.end);
  const outlet = draft.outlet?.trim() || null;
  return {
    id: articleId(title, body, outlet),
    text: draft.text,
    title,
    body,
    titleSpan: draft.titleSpan,
    bodySpan: draft.bodySpan,
    outlet,
    url: draft.url?.trim() || null,
    tags: [...new Set((draft.tags ?? []).map((t) => t.trim()).filter(Boolean))],
    publishedAt: draft.publishedAt ?? null,
    ...(draft.yearBefore !== undefined ? { yearBefore: draft.yearBefore } : {}),
    file,
    position,
    script: detectScript(draft.text),
    format,
    messages: draft.messages ?? [],
  };
}

/** A draft whose text is `title + "\n" + body` (formats that give title and body as separate fields). */
export function joinedDraft(title: string, body: string, rest: Omit<ArticleDraft, 'text' | 'titleSpan' | 'bodySpan'>): ArticleDraft {
  const t = title.trim();
  const b = body.trim();
  const text = b ? `${t}\n${b}` : t;
  return { ...rest, text, titleSpan: { start: 0, end: t.length }, bodySpan: { start: b ? t.length + 1 : t.length, end: text.length } };
}

/** The span of a short title taken from the start of a paragraph: its first sentence, cut at a comma if long. */
export function leadTitleSpan(text: string, start: number, end: number, max = 60): Span {
  const para = text.slice(start, end);
  const stop = para.search(/[。！？!?]/);
  let len = stop >= 0 ? stop + 1 : para.length;
  if (len > max) {
    const comma = Math.max(para.lastIndexOf('，', max), para.lastIndexOf(',', max), para.lastIndexOf('；', max));
    len = comma > 10 ? comma : max;
  }
  // Keep surrogate pairs whole.
  if (len < para.length && /[\uD800-\uDBFF]/.test(para[len - 1] ?? '')) len++;
  return { start, end: start + len };
}
