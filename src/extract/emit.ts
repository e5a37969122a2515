import type { Source, Span } from '../core/types.js';
import type { ExtractDoc } from './doc.js';
import type { Entity } from './companies.js';

/** The contract's `source` for a span of the article: the quote is exactly the text at those offsets. */
export function sourceOf(doc: ExtractDoc, span: Span): Source {
  let { start, end } = span;
  while (start < end && /\s/.test(doc.text[start])) start++;
  while (end > start && /[\s,，、:：]/.test(doc.text[end - 1])) end--;
  return { doc: doc.article.id, start, end, quote: doc.text.slice(start, end) };
}

/** The contract's `company` and `company_aliases` for an entity. */
export function companyOf(doc: ExtractDoc, entity: Entity): { company: string; company_aliases: string[] } {
  return { company: doc.companies.displayName(entity), company_aliases: doc.companies.aliases(entity) };
}

/** The smallest span covering all the given spans. */
export function cover(...spans: readonly Span[]): Span {
  return { start: Math.min(...spans.map((x) => x.start)), end: Math.max(...spans.map((x) => x.end)) };
}

/** The clause of a sentence that contains an offset (the sentence itself when it has no clauses). */
export function clauseAt(doc: ExtractDoc, offset: number): Span {
  const sentence = doc.sentences.find((x) => x.start <= offset && offset < x.end);
  if (!sentence) return { start: offset, end: offset + 1 };
  return sentence.clauses.find((c) => c.start <= offset && offset < c.end) ?? sentence;
}

// "继2013年从纳斯达克私有化之后", "自2023年6月获受理以来": a clause that sets another event as the time.
const OTHER_EVENT_CLAUSE = /^(?:继|自从?)|(?:之后|以后|以来)$/;

/** Whether an offset stands in a clause of its own that tells another event as a point of time (继…之后, 自…以来), away from `cue`. */
export function inOtherEventClause(doc: ExtractDoc, offset: number, cue: Span): boolean {
  const clause = clauseAt(doc, offset);
  if (clause.start <= cue.start && cue.start < clause.end) return false;
  return OTHER_EVENT_CLAUSE.test(doc.s.slice(clause.start, clause.end).trim().replace(/[，,。；;]$/, ''));
}

/** Facts whose date was not stated with them but taken from the article's lead: they yield to a stated date. */
export const weakDates = new WeakSet<object>();

/** The distinct items of a list, in first-seen order. */
export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
