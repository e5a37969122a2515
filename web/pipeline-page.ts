// The pipeline page: one row per company and venue at its latest IPO step,
// filterable by venue, stage and date, sortable by date.
import { STAGES, VENUES, type Stage, type Venue } from '../src/core/types.js';
import { STAGE_LABELS, type PipelineRow } from '../src/query/index.js';
import { h, type Html } from './html.js';
import { layout, withParam, type PageContext } from './layout.js';
import { companyHref, dateText, sourceLink, stageBadge, venueName } from './parts.js';

/** Row order of the pipeline table. */
export type PipelineSort = 'date' | '-date';

/** The filters and order the page was asked for. */
export interface PipelineQuery {
  readonly venue?: Venue;
  readonly stage?: Stage;
  readonly since?: string;
  readonly sort: PipelineSort;
}

/** Orders rows by date (undated rows last either way), keeping the query layer's order among equals. */
export function sortPipeline(rows: readonly PipelineRow[], sort: PipelineSort): PipelineRow[] {
  const dir = sort === 'date' ? 1 : -1;
  return [...rows].sort((a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || dir * (a.date ?? '').localeCompare(b.date ?? ''));
}

function filterForm(q: PipelineQuery): Html {
  return h`<form class="filters" method="get" action="/">
<label>板块 <select name="venue"><option value="">全部</option>${VENUES.map((v) => (v === q.venue
    ? h`<option value="${v}" selected>${venueName(v)}</option>` : h`<option value="${v}">${venueName(v)}</option>`))}</select></label>
<label>最新阶段 <select name="stage"><option value="">全部</option>${STAGES.map((s) => (s === q.stage
    ? h`<option value="${s}" selected>${STAGE_LABELS[s]}</option>` : h`<option value="${s}">${STAGE_LABELS[s]}</option>`))}</select></label>
<label>起始日期 <input name="since" value="${q.since ?? ''}" placeholder="2025-06" size="10" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"></label>
${q.sort === 'date' ? h`<input type="hidden" name="sort" value="date">` : ''}
<button type="submit">筛选</button>${q.venue || q.stage || q.since ? h` <a href="/">清除</a>` : ''}
</form>`;
}

function row(r: PipelineRow): Html {
  return h`<tr data-venue="${r.venue}" data-stage="${r.stage}">
<td class="company"><a href="${companyHref(r.company)}">${r.company}</a></td>
<td class="venue">${venueName(r.venue)}</td>
<td class="stage-cell">${stageBadge(r.stage)}${r.confidential ? h` <span class="note">保密递交</span>` : ''}</td>
<td class="date">${dateText(r.date)}</td>
<td>${r.sponsors.length ? r.sponsors.join('、') : h`<span class="muted">—</span>`}</td>
<td class="num">${r.raiseText ?? h`<span class="muted">—</span>`}</td>
<td class="num">${r.valuation ? r.valuation.text : h`<span class="muted">—</span>`}</td>
<td class="src">${sourceLink(r.evidence)}${r.sources > 1 ? h` <span class="muted">等 ${r.sources} 篇</span>` : ''}</td>
</tr>`;
}

/** The pipeline page. */
export function pipelinePage(ctx: PageContext, rows: readonly PipelineRow[], q: PipelineQuery): Html {
  const companies = new Set(rows.map((r) => r.companyId)).size;
  const next: PipelineSort = q.sort === 'date' ? '-date' : 'date';
  const sortHref = withParam(ctx.url, 'sort', next === '-date' ? undefined : next);
  const body = h`<h1>IPO 管线</h1>
<p class="lead">每家公司在每个板块的最新一步，取自已导入新闻中的事实；点公司看时间线与财务，点来源看原文。</p>
${filterForm(q)}
${rows.length === 0
    ? h`<p class="empty">没有符合条件的 IPO 事实。${q.venue || q.stage || q.since ? '试试放宽筛选条件。' : '先用 kechuang ingest 导入新闻。'}</p>`
    : h`<p class="count">${companies} 家公司 · ${rows.length} 行</p>
<div class="table-wrap"><table class="pipeline">
<thead><tr><th>公司</th><th>板块</th><th>最新阶段</th><th aria-sort="${q.sort === 'date' ? 'ascending' : 'descending'}"><a href="${sortHref}" class="sort">日期 ${q.sort === 'date' ? '↑' : '↓'}</a></th><th>保荐 / 辅导机构</th><th>募资</th><th>最新估值</th><th>来源</th></tr></thead>
<tbody>
${sortPipeline(rows, q.sort).map(row)}
</tbody>
</table></div>`}`;
  return layout(ctx, { title: 'IPO 管线', section: 'pipeline' }, body);
}
