// Highlights in untrusted text: the text is cut at every span boundary and
// each piece escaped; only our own <mark> and anchor tags are added.
import { h, join, type Html } from './html.js';
import type { Span } from '../src/core/types.js';

/** A fact's span to mark, with the fact ids stated there. */
export interface FactSpan extends Span {
  readonly ids: readonly number[];
}

/** The anchor id of a span: `f-<start>-<end>`, what fact links point at. */
export function spanAnchor(span: Span): string {
  return `f-${span.start}-${span.end}`;
}

/** Parses `?hl=start-end` into a span, or undefined when absent or malformed. */
export function parseHighlight(value: string | undefined): Span | undefined {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(value ?? '');
  if (!m) return undefined;
  const span = { start: Number(m[1]), end: Number(m[2]) };
  return span.end > span.start ? span : undefined;
}

/** Cut points of `[from, to)` at every boundary of the spans that touch it. */
function cuts(from: number, to: number, spans: readonly Span[]): number[] {
  const points = new Set([from, to]);
  for (const s of spans) {
    if (s.start > from && s.start < to) points.add(s.start);
    if (s.end > from && s.end < to) points.add(s.end);
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * `text[from, to)` as HTML with each fact span in a `<mark>` (its fact ids in
 * `data-facts`), an empty anchor `#f-start-end` where each span starts, and
 * the pieces inside `current` marked `class="fact current"`.
 */
export function markFacts(text: string, from: number, to: number, spans: readonly FactSpan[], current?: Span): Html {
  const inside = spans.filter((s) => s.end > from && s.start < to);
  const points = cuts(from, to, current ? [...inside, current] : inside);
  const anchored = new Set<string>();
  const out: Html[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]; const b = points[k + 1];
    for (const s of inside) {
      const id = spanAnchor(s);
      if (s.start === a && !anchored.has(id)) { anchored.add(id); out.push(h`<span class="anchor" id="${id}"></span>`); }
    }
    const piece = text.slice(a, b);
    const covering = inside.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) { out.push(h`${piece}`); continue; }
    const ids = [...new Set(covering.flatMap((s) => s.ids))].join(' ');
    const isCurrent = current !== undefined && current.start <= a && current.end >= b;
    out.push(h`<mark class="${isCurrent ? 'fact current' : 'fact'}" data-facts="${ids}">${piece}</mark>`);
  }
  return join(out);
}

/** A snippet with its matches in `<mark>`, the rest escaped. */
export function markMatches(text: string, highlights: readonly Span[]): Html {
  const points = cuts(0, text.length, highlights);
  const out: Html[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]; const b = points[k + 1];
    const piece = text.slice(a, b);
    out.push(highlights.some((m) => m.start <= a && m.end >= b) ? h`<mark>${piece}</mark>` : h`${piece}`);
  }
  return join(out);
}
