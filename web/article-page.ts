// The article page: the text with every extracted fact's span in a <mark>,
// the facts listed beside it, and `?hl=start-end` marking one quote.
import type { Span } from '../src/core/types.js';
import type { ArticleView } from '../src/query/index.js';
import { KIND_LABELS } from './company-page.js';
import { markFacts, spanAnchor, type FactSpan } from './highlight.js';
import { h, type Html } from './html.js';
import { langOf, layout, type PageContext } from './layout.js';
import { clip, companyHref, spanHref } from './parts.js';

/** Only http(s) links leave the site: a `javascript:` URL from a feed never becomes a link. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch { return null; }
}

/** Fact spans grouped by place: facts stated in the same words share one mark. */
function factSpans(view: ArticleView): FactSpan[] {
  const bySpan = new Map<string, { start: number; end: number; ids: number[] }>();
  for (const f of view.facts) {
    const key = `${f.start}-${f.end}`;
    const s = bySpan.get(key);
    if (s) s.ids.push(f.id); else bySpan.set(key, { start: f.start, end: f.end, ids: [f.id] });
  }
  return [...bySpan.values()];
}

/** The article page; `current` is the span asked for with `?hl=`. */
export function articlePage(ctx: PageContext, view: ArticleView, current?: Span): Html {
  const a = view.article;
  const spans = factSpans(view);
  const url = safeUrl(a.url);
  const lang = langOf(a.script, ctx.script);
  const meta = [a.outlet, a.publishedAt].filter((x): x is string => Boolean(x));
  const body = h`<div class="article-layout">
<article class="article" lang="${lang}">
<h1>${markFacts(a.text, a.titleSpan.start, a.titleSpan.end, spans, current)}</h1>
<p class="meta">${meta.join(' · ')}${a.tags.length ? h` ${a.tags.map((t) => h`<span class="tag">#${t}</span>`)}` : ''}${url ? h` · <a href="${url}" rel="noopener noreferrer nofollow">原文链接</a>` : ''}</p>
<div class="text">${markFacts(a.text, a.bodySpan.start, a.bodySpan.end, spans, current)}</div>
<p class="muted small">id ${a.id} · ${a.format} · ${a.script === 'hant' ? '繁体' : a.script === 'hans' ? '简体' : a.script}</p>
</article>
<aside class="article-facts">
<h2>抽取的事实 <span class="muted">${view.facts.length}</span></h2>
${view.facts.length === 0 ? h`<p class="empty">这篇文章没有抽取到事实。</p>` : h`<ol class="facts">
${view.facts.map((f) => {
    const span = { start: f.start, end: f.end };
    const isCurrent = current && current.start === f.start && current.end === f.end;
    return h`<li class="fact-item${isCurrent ? ' current' : ''}" data-fact="${f.id}" data-span="${spanAnchor(span)}">
<div><span class="kind kind-${f.kind}">${KIND_LABELS[f.kind] ?? f.kind}</span> <a href="${companyHref(f.company)}">${f.company}</a></div>
<div>${f.summary}</div>
<a class="locate" href="${spanHref(a.id, span)}">「${clip(f.quote, 60)}」</a>
</li>`;
  })}
</ol>`}
</aside>
</div>`;
  return layout(ctx, { title: a.title, section: 'articles' }, body);
}
