// Small pieces several pages share: stage badges, links to a company or to
// the sentence a fact rests on, quotes with their source.
import type { Span, Stage, Venue } from '../src/core/types.js';
import { STAGE_LABELS, VENUE_LABELS, type Evidence, type SourceRef } from '../src/query/index.js';
import { spanAnchor } from './highlight.js';
import { h, type Html } from './html.js';

// Colour groups of stages: tutoring, under review, passed, trading, ended.
const STAGE_GROUP: Readonly<Record<Stage, string>> = {
  tutoring_filed: 'tutoring', tutoring_withdrawn: 'ended', tutoring_completed: 'tutoring',
  filed: 'review', accepted: 'review', inquiry: 'review', hearing: 'review', deferred: 'review',
  approved: 'passed', rejected: 'ended', registration_submitted: 'review', registered: 'passed',
  offering: 'passed', listed: 'listed', suspended: 'review', lapsed: 'ended', terminated: 'ended',
};

/** A stage as a coloured badge with its Chinese name. */
export function stageBadge(stage: Stage): Html {
  return h`<span class="stage stage-${STAGE_GROUP[stage] ?? 'review'}" data-stage="${stage}">${STAGE_LABELS[stage] ?? stage}</span>`;
}

/** A venue by its Chinese name. */
export function venueName(venue: Venue): string {
  return VENUE_LABELS[venue] ?? venue;
}

/** The company page of a name. */
export function companyHref(name: string): string {
  return `/company/${encodeURIComponent(name)}`;
}

/** The article page with a span highlighted and scrolled to. */
export function spanHref(articleId: string, span: Span): string {
  return `/article/${encodeURIComponent(articleId)}?hl=${span.start}-${span.end}#${spanAnchor(span)}`;
}

/** Outlet and date of a source, linked to the quoted sentence when there is one. */
export function sourceLink(source: SourceRef | Evidence): Html {
  const label = [source.outlet, source.date].filter(Boolean).join(' · ') || source.articleId.slice(0, 8);
  const href = 'start' in source ? spanHref(source.articleId, source) : `/article/${encodeURIComponent(source.articleId)}`;
  return h`<a class="source" href="${href}" title="${source.title}">${label}</a>`;
}

/** A fact's quote, linked to its sentence in the article, with its source under it. */
export function quoteBlock(e: Evidence): Html {
  return h`<blockquote class="quote"><a href="${spanHref(e.articleId, e)}">${e.quote}</a><footer>${sourceLink(e)}</footer></blockquote>`;
}

/** A date, or a dash when there is none. */
export function dateText(date: string | null | undefined): Html {
  return date ? h`<time>${date}</time>` : h`<span class="muted">—</span>`;
}

/** At most `n` characters of a text (whole code points), with an ellipsis when cut. */
export function clip(text: string, n: number): string {
  const chars = [...text];
  return chars.length > n ? chars.slice(0, n).join('') + '…' : text;
}
