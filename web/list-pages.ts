// The listing pages: search results, what changed since a date, all
// companies, all articles, and the error page.
import type { ArticleSummary, CompanySummary, SearchHit } from '../src/store/index.js';
import type { Changes } from '../src/query/index.js';
import { KIND_LABELS } from './company-page.js';
import { markMatches } from './highlight.js';
import { h, type Html } from './html.js';
import { layout, withParam, type PageContext } from './layout.js';
import { companyHref, dateText, quoteBlock, stageBadge, venueName } from './parts.js';

/** The search page: a query box and the hits with their snippets' matches marked. */
export function searchPage(ctx: PageContext, query: string, hits: readonly SearchHit[] | undefined): Html {
  const body = h`<h1>搜索</h1>
<form class="search-big" action="/search" method="get" role="search"><input type="search" name="q" value="${query}" placeholder="公司、机构、关键词（简繁皆可）" aria-label="query" autofocus><button type="submit">搜索</button></form>
${hits === undefined ? h`<p class="lead">输入关键词，简体或繁体都能找到两种字形的文章；多个词用空格分开表示同时包含。</p>`
    : hits.length === 0 ? h`<p class="empty">没有找到包含「${query}」的文章。</p>`
    : h`<p class="count">${hits.length} 篇文章</p>
<ol class="hits">
${hits.map((hit) => h`<li class="hit" data-article="${hit.article.id}">
<h3><a href="/article/${hit.article.id}">${hit.article.title}</a></h3>
<p class="snippet">${hit.snippet.before ? '…' : ''}${markMatches(hit.snippet.text, hit.snippet.highlights)}${hit.snippet.more ? '…' : ''}</p>
<p class="meta">${[hit.article.outlet, hit.article.publishedAt].filter(Boolean).join(' · ')}</p>
</li>`)}
</ol>`}`;
  return layout(ctx, { title: query ? `搜索：${query}` : '搜索', section: 'search', query }, body);
}

/** The changes page: per company, stage moves and new facts since a date. */
export function changesPage(ctx: PageContext, changes: Changes): Html {
  const body = h`<h1>最新变动</h1>
<form class="filters" method="get" action="/changes"><label>自 <input name="since" value="${changes.since}" placeholder="2025-06-01" size="12"></label> <button type="submit">查看</button> <a href="/changes.atom?since=${encodeURIComponent(changes.since)}">订阅（Atom）</a></form>
<p class="lead">自 ${changes.since} 起新存入或新发生的事实，以及最新阶段的变化。</p>
${changes.companies.length === 0 ? h`<p class="empty">这段时间没有新事实。</p>` : h`<ol class="changes">
${changes.companies.map((c) => h`<li class="change">
<h2>${c.companyId === null ? c.company : h`<a href="${companyHref(c.company)}">${c.company}</a>`}</h2>
${c.stageChanges.length ? h`<ul class="moves">${c.stageChanges.map((s) => h`<li>${venueName(s.venue)}：${s.from ? h`${stageBadge(s.from.stage)} ${s.from.date ?? ''} → ` : ''}${stageBadge(s.to.stage)} ${dateText(s.to.date)}</li>`)}</ul>` : ''}
<details${c.stageChanges.length ? '' : h` open`}><summary>${c.facts.length} 条新事实</summary>
<ul class="facts">${c.facts.map((f) => h`<li><span class="kind kind-${f.kind}">${KIND_LABELS[f.kind as keyof typeof KIND_LABELS] ?? f.kind}</span> ${f.summary}${quoteBlock(f.source)}</li>`)}</ul>
</details>
</li>`)}
</ol>`}`;
  return layout(ctx, { title: '最新变动', section: 'changes' }, body);
}

/** Every company with its names and how much is known. */
export function companiesPage(ctx: PageContext, companies: readonly CompanySummary[]): Html {
  const sorted = [...companies].sort((a, b) => b.facts - a.facts || a.name.localeCompare(b.name, 'zh'));
  const body = h`<h1>公司 <span class="muted">${companies.length}</span></h1>
${companies.length === 0 ? h`<p class="empty">还没有公司。先用 kechuang ingest 导入新闻。</p>` : h`<div class="table-wrap"><table class="companies">
<thead><tr><th>公司</th><th>其他名称</th><th>事实</th><th>文章</th></tr></thead>
<tbody>${sorted.map((c) => h`<tr><td class="company"><a href="${companyHref(c.name)}">${c.name}</a></td><td>${c.aliases.filter((a) => a !== c.name).join('、')}</td><td class="num">${c.facts}</td><td class="num">${c.articles}</td></tr>`)}</tbody>
</table></div>`}`;
  return layout(ctx, { title: '公司', section: 'companies' }, body);
}

/** A page of articles, newest ingested last as stored, with paging links. */
export function articlesPage(ctx: PageContext, articles: readonly ArticleSummary[], total: number, offset: number, limit: number): Html {
  const body = h`<h1>文章 <span class="muted">${total}</span></h1>
${articles.length === 0 ? h`<p class="empty">还没有文章。</p>` : h`<ol class="articles" start="${offset + 1}">
${articles.map((a) => h`<li><a href="/article/${a.id}">${a.title}</a> <span class="meta">${[a.outlet, a.publishedAt].filter(Boolean).join(' · ')}</span>${a.tags.map((t) => h` <span class="tag">#${t}</span>`)}</li>`)}
</ol>`}
<nav class="pager">${offset > 0 ? h`<a href="${withParam(ctx.url, 'offset', String(Math.max(0, offset - limit)))}">← 上一页</a>` : ''}${offset + limit < total ? h` <a href="${withParam(ctx.url, 'offset', String(offset + limit))}">下一页 →</a>` : ''}</nav>`;
  return layout(ctx, { title: '文章', section: 'articles' }, body);
}

/** A page for an error: what went wrong, in one line. */
export function errorPage(ctx: PageContext, status: number, message: string): Html {
  const title = status === 404 ? '找不到' : status === 400 ? '请求有误' : '出错了';
  const body = h`<h1>${title}</h1><p class="error" data-status="${status}">${message}</p><p><a href="/">回到 IPO 管线</a></p>`;
  return layout(ctx, { title, section: 'none' }, body);
}
