import type { IpoFact, Span, Stage, Venue } from '../../core/types.js';
import type { ExtractDoc } from '../doc.js';
import type { Entity } from '../companies.js';
import type { Exchange } from '../lexicons/index.js';
import { clauseAt, inOtherEventClause } from '../emit.js';

// Where a step takes place: the venue named with it, else the company's, else the article's.

/** A stage cue found in a sentence. */
export interface Cue extends Span {
  readonly stage: Stage;
}

const US_FILING = /F-1|F1表格|DRS|SEC|美国证券交易委员会|美国证监会|美国证交会/;
const A_SHARE_VENUES: ReadonlySet<Venue> = new Set(['STAR', 'CHINEXT', 'SSE_MAIN', 'SZSE_MAIN', 'BSE', 'A']);

const BOARDS_OF: Readonly<Record<Exchange, readonly Venue[]>> = {
  SSE: ['STAR', 'SSE_MAIN'], SZSE: ['CHINEXT', 'SZSE_MAIN'], BSE: ['BSE'], HKEX: ['HKEX'], NASDAQ: ['NASDAQ'], NYSE: ['NYSE'],
};

/** The venue named in a span: a board, else a main board with its exchange; an exchange alone (上交所) is returned as such. */
function venueFromContext(doc: ExtractDoc, span: Span, cue?: Span): Venue | Exchange | undefined {
  // A venue left (从纳斯达克私有化) or named in a clause about another event is not this step's.
  const vs = doc.venues.filter((v) => v.start >= span.start && v.end <= span.end && !LEFT.test(doc.s.slice(v.end, v.end + 6)) && !(cue && inOtherEventClause(doc, v.start, cue)));
  if (!vs.length) return undefined;
  // The venue named nearest to the end of the span (closest to the cue) wins.
  const named = vs.filter((v) => v.venue);
  if (named.length) return named[named.length - 1].venue!;
  const exchange = vs.map((v) => v.exchange).filter((x): x is Exchange => !!x).pop();
  if (vs.some((v) => v.mainBoard)) {
    if (exchange === 'SSE') return 'SSE_MAIN';
    if (exchange === 'SZSE') return 'SZSE_MAIN';
    if (exchange === 'HKEX') return 'HKEX';
    const around = doc.s.slice(Math.max(span.start, vs[0].start - 6), vs[vs.length - 1].end);
    if (/沪|上海/.test(around)) return 'SSE_MAIN';
    if (/深/.test(around)) return 'SZSE_MAIN';
    return 'A';
  }
  return exchange;
}

const LEFT = /^[^，。；,;]{0,2}(?:私有化|退市|摘牌)/;

// Only 上交所 and 深交所 run more than one board; BSE, HKEX, NASDAQ and NYSE name their venue outright.
function isExchange(v: Venue | Exchange): v is Exchange {
  return v === 'SSE' || v === 'SZSE';
}

/** The venue of a step: named in its clause, else its sentence, else where the company's other sentences name one, else by the kind of step. */
export function venueOf(doc: ExtractDoc, sentence: Span, clause: Span, cue: Cue, entity: Entity, mention?: Span): Venue {
  // "向美国证券交易委员会递件", "公开提交F-1": a filing with the SEC is a US one.
  const sec = cue.stage === 'filed' && US_FILING.test(doc.s.slice(clause.start, clause.end));
  const named = (mention && itemVenue(doc, mention)) || venueNamed(doc, sentence, clause, cue, entity);
  let v = sec && named !== 'NYSE' && named !== 'NASDAQ' ? 'US' : named;
  // "美国存托凭证" says US; the exchange the article names (纽交所, 纳斯达克) says which.
  const article = articleVenue(doc);
  if (v === 'US' && (article === 'NYSE' || article === 'NASDAQ')) v = article;
  // 新三板 is a quotation venue: only a listing (挂牌) or its end happens there.
  if (v === 'OTHER' && cue.stage !== 'listed' && cue.stage !== 'terminated') return articleVenue(doc) ?? 'A';
  // 递表/交表 is Hong Kong's word for filing, and an H-share issue is Hong Kong's: an A-share company's filing there is an HKEX step.
  if (cue.stage === 'filed' && A_SHARE_VENUES.has(v) && (/递表|交表/.test(doc.s.slice(cue.start, cue.end)) || /H股/.test(doc.s.slice(sentence.start, sentence.end)))) return 'HKEX';
  // Tutoring (辅导) is the CSRC's step before an A-share listing: on the board its own sentence names, else just A.
  if (cue.stage.startsWith('tutoring')) {
    const named = venueFromContext(doc, sentence) ?? targetVenueAfter(doc, cue.end, sentence.end);
    if (named && !isExchange(named) && A_SHARE_VENUES.has(named)) return named;
    // "2025年11月，公司通过辅导验收": the board of the tutoring begun before.
    const name = doc.companies.displayName(entity);
    const begun = doc.facts.filter((f): f is IpoFact => f.kind === 'ipo' && f.company === name && f.stage.startsWith('tutoring') && A_SHARE_VENUES.has(f.venue) && f.venue !== 'A');
    return begun[begun.length - 1]?.venue ?? 'A';
  }
  return v;
}

/** A venue named later in the sentence as the company's aim (拟冲刺科创板, 拟在香港主板上市); other venues there are about something else. */
function targetVenueAfter(doc: ExtractDoc, from: number, to: number, entity?: Entity): Venue | undefined {
  // "A、B首发获通过，C转板至创业板的申请…": an aim told after another company's name is that company's.
  const others = entity ? doc.companies.mentions.filter((m) => m.start >= from && m.end <= to && m.entity !== entity && !m.entity.notSubject) : [];
  // "拟向不特定合格投资者公开发行股票并在北交所上市": the aim word may stand a clause's length before the venue.
  const aimed = doc.venues.filter((v) => v.start >= from && v.end <= to && v.venue && (/拟|冲刺|计划|登陆|赴|转/.test(doc.s.slice(Math.max(from, v.start - 6), v.start))
    || /(?:拟|计划)[^，。；,;]{0,30}并?在$/.test(doc.s.slice(Math.max(from, v.start - 40), v.start)))
    && !others.some((m) => m.end <= v.start));
  return aimed[0]?.venue ?? undefined;
}

/** A list item's own venue: "创业板的A", "北交所新股A", "A（创业板）", "A（科创板，拟募资X亿元）". */
function itemVenue(doc: ExtractDoc, mention: Span): Venue | undefined {
  const own = doc.venues.find((v) => v.venue && ((v.end <= mention.start && /^的?(?:新股|拟上市企业|拟上市公司)?$/.test(doc.s.slice(v.end, mention.start))) || (v.start > mention.end && /^\s*[(（]$/.test(doc.s.slice(mention.end, v.start)) && /^\s*[)），,、]/.test(doc.s.slice(v.end)))));
  return own?.venue ?? undefined;
}

/** The venue the whole article names most often (its market), if any. */
function articleVenue(doc: ExtractDoc): Venue | undefined {
  const counts = new Map<Venue, number>();
  for (const v of doc.venues) if (v.venue && v.venue !== 'OTHER' && v.venue !== 'A' && v.venue !== 'US') counts.set(v.venue, (counts.get(v.venue) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function venueNamed(doc: ExtractDoc, sentence: Span, clause: Span, cue: Cue, entity: Entity): Venue {
  // "登陆新三板", "在港交所上市": a venue right after the cue is the cue's own.
  const right = doc.venues.find((v) => v.start >= cue.end && v.start - cue.end <= 4 && v.end <= clause.end && v.venue);
  if (right?.venue) return right.venue;
  // "创业板撤单后再出发，X北交所IPO获受理": a board written right before the cue is the cue's own.
  const left = doc.venues.find((v) => v.venue && v.end <= cue.start && cue.start - v.end <= 2 && v.start >= clause.start && !/[，,。；;]/.test(doc.s.slice(v.end, cue.start)));
  const inside = doc.venues.some((v) => v.venue && v.start >= cue.start && v.end <= cue.end);
  if (left?.venue && !inside && left.venue !== 'OTHER' && left.venue !== 'A' && left.venue !== 'US') return left.venue;
  const near = venueFromContext(doc, { start: clause.start, end: Math.min(clause.end, cue.end + 14) })
    ?? venueFromContext(doc, { start: sentence.start, end: cue.end }, cue)
    ?? targetVenueAfter(doc, cue.end, sentence.end, entity);
  if (near && !isExchange(near)) return near;
  // "2023年6月…科创板IPO申请获受理…同年7月…问询…两次中止审核": steps told on in one paragraph stay on its board.
  const para = doc.paragraphs.find((p) => p.start <= sentence.start && sentence.start < p.end);
  const name = doc.companies.displayName(entity);
  const before = doc.facts.filter((f): f is IpoFact => f.kind === 'ipo' && f.company === name && !!para && f.source.start >= para.start && f.source.end <= sentence.start);
  const previous = before[before.length - 1]?.venue;
  if (previous && previous !== 'A' && previous !== 'US' && (!near || BOARDS_OF[near as Exchange].includes(previous))) return previous;
  const counts = new Map<Venue, number>();
  // Venues of the sentences that name the company, but not those of a clause about another company only
  // ("A、B首发获通过，C转板至创业板"); a heading "科创板方面，X…" counts for X.
  for (const x of doc.sentences) {
    const names = doc.companies.mentionsIn(x).filter((m) => !m.entity.notSubject);
    if (!names.some((m) => m.entity === entity)) continue;
    for (const v of doc.venues) {
      if (v.start < x.start || v.end > x.end || !v.venue || v.venue === 'OTHER' || v.venue === 'A') continue;
      const c = clauseAt(doc, v.start);
      const inClause = names.filter((m) => m.start >= c.start && m.end <= c.end);
      if (inClause.length && !inClause.some((m) => m.entity === entity)) continue;
      counts.set(v.venue, (counts.get(v.venue) ?? 0) + 1);
    }
  }
  // The company's usual venue, when it is on the exchange this step names.
  const usual = [...counts].sort((a, b) => b[1] - a[1]).map((c) => c[0]).filter((v) => !near || BOARDS_OF[near as Exchange].includes(v));
  if (usual.length) return usual[0];
  const exchange = near ?? companyExchange(doc, entity);
  if (exchange) {
    const article = articleVenue(doc);
    if (article && BOARDS_OF[exchange].includes(article)) return article;
    return exchange === 'SSE' || exchange === 'SZSE' ? 'A' : BOARDS_OF[exchange][0];
  }
  return articleVenue(doc) ?? (cue.stage === 'filed' || cue.stage === 'lapsed' ? 'HKEX' : 'A');
}

/** The one exchange the sentences naming a company name (在深交所申请IPO的X), if only one. */
function companyExchange(doc: ExtractDoc, entity: Entity): Exchange | undefined {
  const found = new Set<Exchange>();
  for (const x of doc.sentences) {
    if (!doc.companies.mentionsIn(x).some((m) => m.entity === entity)) continue;
    for (const v of doc.venues) if (v.start >= x.start && v.end <= x.end && v.exchange) found.add(v.exchange);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

