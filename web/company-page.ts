// The company page: names, where it stands, the IPO timeline, a revenue and
// net-profit chart with the figure table, rounds and valuations, holders,
// market caps, and every fact with its quote.
import type { FactKind } from '../src/core/types.js';
import { financialChart, type CompanyProfile, type Evidence, type FinancialTable, type FigureValue } from '../src/query/index.js';
import { h, type Html } from './html.js';
import { layout, type PageContext } from './layout.js';
import { dateText, quoteBlock, sourceLink, spanHref, stageBadge, venueName } from './parts.js';
import { convertText } from './script-switch.js';

/** Chinese names of the fact kinds. */
export const KIND_LABELS: Readonly<Record<FactKind, string>> = {
  ipo: '上市进程', financing: '融资', valuation: '估值', financial: '财务', shareholding: '持股', market_cap: '市值',
};

const BASIS: Readonly<Record<string, string>> = { pre_money: '投前', post_money: '投后', pre_ipo: 'IPO 前' };
const none = h`<span class="muted">—</span>`;

function header(p: CompanyProfile): Html {
  const aliases = p.aliases.filter((a) => a.alias !== p.name);
  return h`<header class="company-head">
<h1>${p.name}</h1>
${aliases.length ? h`<p class="aliases"><span class="label">又名</span>${aliases.map((a) => h`<span class="alias${a.origin === 'user' ? ' user' : ''}">${a.alias}</span>`)}</p>` : ''}
<dl class="status">
${p.status.map((s) => h`<div><dt>${venueName(s.venue)}</dt><dd>${stageBadge(s.stage)} ${dateText(s.date)}</dd></div>`)}
${p.valuation ? h`<div><dt>最新估值</dt><dd>${p.valuation.text}${p.valuation.basis ? ` (${BASIS[p.valuation.basis] ?? p.valuation.basis})` : ''} ${sourceLink(p.valuation.source)}</dd></div>` : ''}
<div><dt>来源</dt><dd>${p.articles} 篇文章 · ${p.facts.length} 条事实</dd></div>
</dl>
</header>`;
}

function timeline(p: CompanyProfile): Html {
  if (p.timeline.length === 0) return h``;
  return h`<section id="timeline"><h2>上市进程</h2>
<ol class="timeline">
${p.timeline.map((s) => h`<li class="step${s.forecast ? ' forecast' : ''}" data-stage="${s.stage}">
<div class="when">${dateText(s.date)}</div>
<div class="what">${stageBadge(s.stage)} <span class="venue">${venueName(s.venue)}</span>${s.confidential ? h` <span class="note">保密递交</span>` : ''}${s.forecast ? h` <span class="note">预计</span>` : ''}
${s.sponsors.length || s.raise ? h`<div class="detail">${s.sponsors.length ? h`<span>保荐 / 辅导：${s.sponsors.join('、')}</span>` : ''}${s.raise ? h`<span>募资 ${s.raise}</span>` : ''}</div>` : ''}
${quoteBlock(s.source)}</div>
</li>`)}
</ol></section>`;
}

/** Numbered links to the sentences a figure rests on (outlet and date in the tooltip). */
function cites(sources: readonly Evidence[]): Html {
  return h`${sources.map((s, i) => h`<sup><a class="cite" href="${spanHref(s.articleId, s)}" title="${[s.outlet, s.date].filter(Boolean).join(' · ')}">[${i + 1}]</a></sup>`)}`;
}

function figureCell(values: readonly FigureValue[] | undefined): Html {
  if (!values || values.length === 0) return h`<td class="num">${none}</td>`;
  if (values.length === 1) return h`<td class="num">${values[0].text}${cites(values[0].sources)}</td>`;
  // Sources disagree: every stated value with its sources, none picked.
  return h`<td class="num conflict" title="sources disagree">${values.map((v) => h`<div>${v.text}${cites(v.sources)}</div>`)}</td>`;
}

function financials(table: FinancialTable, ctx: PageContext): Html {
  if (table.rows.length === 0) return h``;
  const chart = financialChart(table);
  const conv = (s: string) => (ctx.script ? convertText(s, ctx.script) : s);
  const chartData = chart && {
    unit: conv(chart.unit),
    periods: chart.periods.map((p) => conv(p.label)),
    series: chart.series.map((s) => ({ metric: s.metric, label: conv(s.label), values: s.values })),
  };
  return h`<section id="financials"><h2>财务数据</h2>
${chartData ? h`<figure class="chart-box"><div id="fin-chart" class="chart" data-chart="${JSON.stringify(chartData)}" role="img" aria-label="revenue and net profit by period"></div>
<figcaption>营收与净利润（${chart!.unit}；区间取中值，多来源不一致时取第一个，详见下表）</figcaption></figure>` : ''}
<div class="table-wrap"><table class="figures">
<thead><tr><th>指标</th>${table.periods.map((p) => h`<th class="num">${p.label}</th>`)}</tr></thead>
<tbody>
${table.rows.map((r) => h`<tr${r.forecast ? h` class="forecast"` : ''}><th>${r.label}${r.forecast ? h` <span class="note">预计</span>` : ''}</th>${table.periods.map((p) => figureCell(r.cells[p.period]))}</tr>`)}
</tbody></table></div>
${table.conflicts.length ? h`<p class="warn">${table.conflicts.length} 处数字来源不一致，均已列出。</p>` : ''}
</section>`;
}

function rounds(p: CompanyProfile): Html {
  if (p.rounds.length === 0) return h``;
  return h`<section id="rounds"><h2>融资与估值</h2>
<div class="table-wrap"><table>
<thead><tr><th>日期</th><th>类型</th><th>轮次</th><th>金额 / 估值</th><th>投后估值</th><th>投资方</th><th>来源</th></tr></thead>
<tbody>
${p.rounds.map((r) => h`<tr${r.forecast ? h` class="forecast"` : ''}>
<td class="date">${dateText(r.date)}</td>
<td>${r.kind === 'financing' ? '融资' : `估值${r.basis ? `（${BASIS[r.basis] ?? r.basis}）` : ''}`}</td>
<td>${r.round ?? none}</td>
<td class="num">${r.amount ?? none}</td>
<td class="num">${r.postMoney ?? none}</td>
<td>${r.investors.length ? r.investors.join('、') : none}</td>
<td class="src">${sourceLink(r.source)}</td>
</tr>`)}
</tbody></table></div></section>`;
}

function holders(p: CompanyProfile): Html {
  if (p.shareholders.length === 0 && p.marketCaps.length === 0) return h``;
  return h`${p.shareholders.length ? h`<section id="shareholders"><h2>股东</h2>
<div class="table-wrap"><table>
<thead><tr><th>股东</th><th>持股比例</th><th>日期</th><th>来源</th></tr></thead>
<tbody>
${p.shareholders.map((s) => h`<tr><td>${s.holder}</td><td class="num">${s.percent}%</td><td class="date">${dateText(s.date)}</td><td class="src">${sourceLink(s.source)}</td></tr>`)}
</tbody></table></div></section>` : ''}
${p.marketCaps.length ? h`<section id="market-caps"><h2>市值</h2>
<ul class="plain">${p.marketCaps.map((m) => h`<li>${m.amount} ${dateText(m.date)} ${sourceLink(m.source)}</li>`)}</ul></section>` : ''}`;
}

function allFacts(p: CompanyProfile): Html {
  return h`<section id="facts"><h2>全部事实 <span class="muted">${p.facts.length}</span></h2>
<ol class="facts">
${p.facts.map((f) => h`<li class="fact-item" data-kind="${f.kind}" id="fact-${f.id}">
<div><span class="kind kind-${f.kind}">${KIND_LABELS[f.kind] ?? f.kind}</span> ${f.summary}</div>
${quoteBlock(f.source)}
</li>`)}
</ol></section>`;
}

/** The company page. */
export function companyPage(ctx: PageContext, p: CompanyProfile): Html {
  const chart = financialChart(p.financials);
  const body = h`<article class="company">
${header(p)}
<nav class="toc">${p.timeline.length ? h`<a href="#timeline">上市进程</a>` : ''}${p.financials.rows.length ? h`<a href="#financials">财务</a>` : ''}${p.rounds.length ? h`<a href="#rounds">融资与估值</a>` : ''}${p.shareholders.length ? h`<a href="#shareholders">股东</a>` : ''}<a href="#facts">全部事实</a></nav>
${timeline(p)}
${financials(p.financials, ctx)}
${rounds(p)}
${holders(p)}
${allFacts(p)}
</article>`;
  return layout(ctx, { title: p.name, section: 'companies', scripts: chart ? ['echarts.min.js'] : [] }, body);
}
