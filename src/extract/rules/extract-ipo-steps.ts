import type { Fact, IpoFact, Money, Span, Stage, Venue } from '../../core/types.js';
import type { Sentence } from '../../text/index.js';
import { listBefore, paragraphAt, pronounIn, topicAt, type ExtractDoc } from '../doc.js';
import type { Entity, Mention } from '../companies.js';
import { clauseAt, companyOf, cover, sourceOf, weakDates } from '../emit.js';
import { STAGE_WORDS } from '../lexicons/words.js';
import type { Exchange } from '../lexicons/index.js';

interface Cue extends Span {
  readonly stage: Stage;
}

const CUES = STAGE_WORDS.cues.map((c) => ({ stage: c.stage, re: new RegExp(c.patterns.join('|'), 'g') }));
const INTENTION_ANYWHERE = new RegExp(`(?:${STAGE_WORDS.intentions.list.join('|')})`);
const QUESTION = /是否|能否|会否|或将|可能/;
// "若…获受理", "一旦…": a condition, not an event.
const CONDITION = /若|如果|假如|倘若|一旦|未来|如能/;
// "申请在港上市未果": a listing cue that failed or was only applied for.
const FAILED = /^[^，。；,;]{0,4}(?:未果|失败|搁浅|受阻)/;
// Stages whose cue after an intention word (拟登陆, 计划于…上市) is only a plan.
const PLANNED = new Set<Stage>(['listed', 'offering', 'filed', 'registration_submitted', 'registered']);
const NEGATION = /(?:未|没有|尚未|并未|不|无|终止|摘牌)[^，。；,;]{0,6}$/;
// "10家企业首发上会", "其中8家获得通过": a count of companies is a market statistic, not a company's step.
const COUNT = /[\d一二三四五六七八九十两几数多]+家(?:企业|公司)?|[\d]+只新股|(?:多|数)家/;
const RAISE_CUE = /(?:拟募资|拟募集资金|拟募集|计划募集资金|募资|募集资金|集资|筹资|拟融资|募得|所得款项)[^，。；,;]{0,12}$/;
const SPONSOR_ROLE = /保荐|辅导|承销|签署|签订|簽/;
const STANDARD = /第[一二三四五六七八九十\d]+套(?:上市)?标准|第\d+[A-Z]?章|《[^》]{2,30}》第[\d.]+条(?:第[(（][一二三四五六七八九十]+[)）]项)?/;
const CONFIDENTIAL = /保密形式|以保密方式|秘密递交|保密递交/;
const PRICE_CUE = /发行价|招股价|定价|发行价格|每股/;

/** Stage cues of a sentence, most specific first; a found cue masks its span from the later, shorter ones. */
function findCues(doc: ExtractDoc, sentence: Span): Cue[] {
  const seg = doc.s.slice(sentence.start, sentence.end);
  const taken = new Uint8Array(seg.length);
  const out: Cue[] = [];
  for (const { stage, re } of CUES) {
    for (const m of seg.matchAll(re)) {
      const a = m.index!; const b = a + m[0].length;
      if (b === a || taken.subarray(a, b).some((x) => x)) continue;
      taken.fill(1, a, b);
      out.push({ stage, start: sentence.start + a, end: sentence.start + b });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The subject companies of a cue: a list named just before it, else just after it in the clause, else the company a pronoun stands for. */
function subjectsOf(doc: ExtractDoc, sentence: Sentence, cue: Cue): { mentions: Mention[]; entities: Entity[]; counted?: boolean } {
  const clause = clauseAt(doc, cue.start);
  const inSentence = doc.companies.mentionsIn(sentence);
  const beforeInClause = inSentence.filter((m) => m.start >= clause.start && m.end <= cue.start);
  if (beforeInClause.length) {
    const list = listBefore(doc, inSentence, cue.start);
    return { mentions: list, entities: unique(list.map((m) => m.entity)) };
  }
  const afterInClause = inSentence.filter((m) => m.start >= cue.end && m.end <= clause.end);
  if (afterInClause.length) {
    const list = [afterInClause[0]];
    for (const m of afterInClause.slice(1)) {
      const gap = doc.s.slice(list[list.length - 1].end, m.start);
      if (/^\s*(?:[、,，]|和|及|与|以及)\s*$/.test(gap)) list.push(m); else break;
    }
    return { mentions: list, entities: unique(list.map((m) => m.entity)) };
  }
  if (pronounIn(doc, { start: clause.start, end: cue.start })) {
    const e = topicAt(doc, clause.start);
    return { mentions: [], entities: e ? [e] : [] };
  }
  const before = inSentence.filter((m) => m.end <= cue.start);
  if (before.length) {
    const list = listBefore(doc, inSentence, cue.start);
    return { mentions: list, entities: unique(list.map((m) => m.entity)) };
  }
  // "首批受理的…企业中，A、B、C等32家为首发企业": a list of names later in the sentence.
  const after = inSentence.filter((m) => m.start >= cue.end);
  const list: Mention[] = [];
  for (const m of after) {
    if (!list.length) { list.push(m); continue; }
    const gap = doc.s.slice(list[list.length - 1].end, m.start);
    if (/^\s*(?:[、,，]|和|及|与|以及)\s*$/.test(gap)) list.push(m); else break;
  }
  if (list.length >= 2) return { mentions: list, entities: unique(list.map((m) => m.entity)) };
  // "自…获北交所受理以来，X经历了…": a leading time clause belongs to the subject named after it.
  const clauseText = doc.s.slice(clause.start, clause.end);
  if (after.length && /^(?:自|在|于|随着|早在|此前|继)|(?:以来|之后|后|时|前)$/.test(clauseText)) {
    return { mentions: [after[0]], entities: [after[0].entity] };
  }
  // "3家企业由“已过会”升级至“提交注册”": a count of companies refers back to a list of that many just before.
  const counted = /([\d一二三四五六七八九十两])家(?:企业|公司)/.exec(doc.s.slice(sentence.start, cue.start));
  if (!inSentence.length && counted) {
    const n = /\d/.test(counted[1]) ? Number(counted[1]) : '一二三四五六七八九十'.indexOf(counted[1]) + 1 || 2;
    const para = paragraphAt(doc, sentence.start);
    const earlier = doc.companies.mentionsIn({ start: para?.start ?? 0, end: sentence.start });
    const list = earlier.length ? listBefore(doc, earlier, earlier[earlier.length - 1].end) : [];
    if (list.length === n) return { mentions: [], entities: unique(list.map((m) => m.entity)), counted: true };
  }
  // A sentence naming no company continues the one the sentence before named, in the same paragraph.
  if (!inSentence.length && !COUNT.test(doc.s.slice(sentence.start, sentence.end))) {
    const previous = doc.sentences[doc.sentences.indexOf(sentence) - 1];
    const para = paragraphAt(doc, sentence.start);
    if (previous && para && previous.start >= para.start) {
      const named = unique(doc.companies.mentionsIn(previous).map((m) => m.entity));
      if (named.length === 1) return { mentions: [], entities: named };
    }
  }
  // "…15家企业分别为：" followed by one name a line.
  if (/[:：]\s*$/.test(doc.s.slice(sentence.start, sentence.end)) && !inSentence.length) {
    const items: Mention[] = [];
    for (const next of doc.sentences.filter((x) => x.start >= sentence.end)) {
      const names = doc.companies.mentionsIn(next);
      const rest = doc.s.slice(next.start, next.end).replace(/[-•·*\s\d.、)）(（]/g, '');
      if (names.length !== 1 || rest.length > names[0].end - names[0].start + 1) break;
      items.push(names[0]);
    }
    return { mentions: items, entities: unique(items.map((m) => m.entity)) };
  }
  return { mentions: [], entities: [] };
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

const A_SHARE_VENUES: ReadonlySet<Venue> = new Set(['STAR', 'CHINEXT', 'SSE_MAIN', 'SZSE_MAIN', 'BSE', 'A']);

const BOARDS_OF: Readonly<Record<Exchange, readonly Venue[]>> = {
  SSE: ['STAR', 'SSE_MAIN'], SZSE: ['CHINEXT', 'SZSE_MAIN'], BSE: ['BSE'], HKEX: ['HKEX'], NASDAQ: ['NASDAQ'], NYSE: ['NYSE'],
};

/** The venue named in a span: a board, else a main board with its exchange; an exchange alone (上交所) is returned as such. */
function venueFromContext(doc: ExtractDoc, span: Span): Venue | Exchange | undefined {
  const vs = doc.venues.filter((v) => v.start >= span.start && v.end <= span.end);
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

function isExchange(v: Venue | Exchange): v is Exchange {
  return v in BOARDS_OF;
}

/** The venue of a step: named in its clause, else its sentence, else where the company's other sentences name one, else by the kind of step. */
function venueOf(doc: ExtractDoc, sentence: Span, clause: Span, cue: Cue, entity: Entity): Venue {
  let v = venueNamed(doc, sentence, clause, cue, entity);
  // "美国存托凭证" says US; the exchange the article names (纽交所, 纳斯达克) says which.
  const article = articleVenue(doc);
  if (v === 'US' && (article === 'NYSE' || article === 'NASDAQ')) v = article;
  // 新三板 is a quotation venue: only a listing (挂牌) or its end happens there.
  if (v === 'OTHER' && cue.stage !== 'listed' && cue.stage !== 'terminated') return articleVenue(doc) ?? 'A';
  // Tutoring (辅导) is the CSRC's step before an A-share listing: never on HKEX or in the US.
  if (cue.stage.startsWith('tutoring') && !A_SHARE_VENUES.has(v)) return 'A';
  return v;
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
  const near = venueFromContext(doc, { start: clause.start, end: Math.min(clause.end, cue.end + 14) })
    ?? venueFromContext(doc, { start: sentence.start, end: cue.end })
    ?? venueFromContext(doc, sentence);
  if (near && !isExchange(near)) return near;
  const counts = new Map<Venue, number>();
  for (const x of doc.sentences) {
    if (!doc.companies.mentionsIn(x).some((m) => m.entity === entity)) continue;
    for (const v of doc.venues) {
      if (v.start < x.start || v.end > x.end || !v.venue || v.venue === 'OTHER' || v.venue === 'A') continue;
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

/** The date of a step: stated in its clause (before the cue first), else in its sentence, else (weakly) the lead's month. */
function dateOf(doc: ExtractDoc, sentence: Span, clause: Span, cue: Cue): { iso: string; weak: boolean } | undefined {
  const stated = statedDate(doc, sentence, clause, cue);
  if (stated) return { iso: stated, weak: false };
  const lede = ledeMonth(doc, sentence);
  return lede ? { iso: lede, weak: true } : undefined;
}

function statedDate(doc: ExtractDoc, sentence: Span, clause: Span, cue: Cue): string | undefined {
  const inClause = doc.dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
  const before = inClause.filter((d) => d.end <= cue.start);
  const pick = before.length ? before[before.length - 1] : inClause[0];
  const inSentence = doc.dates.filter((d) => d.start >= sentence.start && d.end <= cue.start);
  const chosen = pick ?? inSentence[inSentence.length - 1];
  return chosen ? rangeAware(doc, chosen, cue) : undefined;
}

const RANGE_JOIN = /^\s*[)）]?\s*(?:-|–|—|~|～|至|到|起至|起到)\s*(?:下?周[一二三四五六日]?)?\s*[(（]?\s*$/;

/**
 * A date that is one end of a range ("上周(4月18日-4月24日)…过会", "今日起至12月23日招股") is no day of the step:
 * an offering or listing starts on the range's first day; any other step took place within it, so its month is told.
 */
function rangeAware(doc: ExtractDoc, d: ExtractDoc['dates'][number], cue: Cue): string {
  const i = doc.dates.indexOf(d);
  const prev = doc.dates[i - 1];
  const next = doc.dates[i + 1];
  const startOf = prev && RANGE_JOIN.test(doc.s.slice(prev.end, d.start)) ? prev : next && RANGE_JOIN.test(doc.s.slice(d.end, next.start)) ? d : undefined;
  if (!startOf) return d.iso;
  return cue.stage === 'offering' || cue.stage === 'listed' ? startOf.iso : startOf.iso.slice(0, 7);
}

/** For a step told in the title or lead paragraph without a date of its own: the month of the lead's first date (the news's own time). */
function ledeMonth(doc: ExtractDoc, sentence: Span): string | undefined {
  const lede = doc.paragraphs.find((p) => p.start >= doc.article.bodySpan.start && doc.s.slice(p.start, p.end).trim().length > 30);
  if (!lede) return undefined;
  // Past the lead, only a sentence that points to no other time (此前, 曾, 去年…) is the news's own.
  if (sentence.start > lede.end && /此前|之前|曾|去年|前年|当年|早在|后来|随后|以来|年|月|日/.test(doc.s.slice(sentence.start, sentence.end))) return undefined;
  const first = doc.dates.find((d) => d.start >= lede.start && d.end <= lede.end && !d.relative);
  return first ? first.iso.slice(0, 7) : undefined;
}

interface Stated<T> {
  readonly at: number;
  readonly value: T;
}

interface CompanyIpoContext {
  sponsors: Stated<string[]>[];
  tutors: Stated<string[]>[];
  raise?: Money;
  standard?: string;
}

/** The statement nearest before `at` (the sponsor then in office), else the first one after it; a title tells the latest news, so the last. */
function nearest<T>(xs: readonly Stated<T>[], at: number, inTitle = false): T | undefined {
  if (inTitle) return xs[xs.length - 1]?.value;
  const before = xs.filter((x) => x.at <= at);
  return (before[before.length - 1] ?? xs[0])?.value;
}

// Money in a sentence about a private round is the round's, not the offering's.
const ROUND_TALK = /轮融资|融资|轮/;

/** What an article says of a company's offering outside any one step: its sponsor, tutor, planned raise and listing standard. */
function companyContext(doc: ExtractDoc): Map<Entity, CompanyIpoContext> {
  const out = new Map<Entity, CompanyIpoContext>();
  for (const sentence of doc.sentences) {
    const seg = doc.s.slice(sentence.start, sentence.end);
    const names = doc.companies.mentionsIn(sentence);
    const entity = names[0]?.entity ?? (pronounIn(doc, sentence) ? topicAt(doc, sentence.start) : undefined);
    if (!entity) continue;
    const ctx = out.get(entity) ?? { sponsors: [], tutors: [] };
    // A firm counts as sponsor (tutor) where it stands within a few characters of 保荐 (辅导).
    const near = (word: RegExp) => {
      const at = [...seg.matchAll(word)].map((m) => sentence.start + m.index!);
      return unique(doc.firms.filter((f) => f.start >= sentence.start && f.end <= sentence.end && at.some((a) => Math.abs(f.start - a) <= 16)).map((f) => doc.text.slice(f.start, f.end)));
    };
    const sponsorsNamed = near(/保荐/g);
    const tutorsNamed = near(/辅导/g);
    if (sponsorsNamed.length) ctx.sponsors.push({ at: sentence.start, value: sponsorsNamed });
    if (tutorsNamed.length) ctx.tutors.push({ at: sentence.start, value: tutorsNamed });
    if (!ctx.raise && !ROUND_TALK.test(seg)) {
      const m = doc.money.find((x) => x.start >= sentence.start && x.end <= sentence.end && !x.perShare && RAISE_CUE.test(doc.s.slice(sentence.start, x.start)) && /拟|计划|募/.test(doc.s.slice(Math.max(sentence.start, x.start - 14), x.start)));
      if (m && m.money.value !== undefined) ctx.raise = m.money;
    }
    const std = STANDARD.exec(seg);
    if (std && !ctx.standard) ctx.standard = doc.text.slice(sentence.start + std.index, sentence.start + std.index + std[0].length);
    out.set(entity, ctx);
  }
  return out;
}

/** Finds the steps of listings (filed, accepted, inquiry, … listed, terminated) with venue, date, sponsors and raise. */
export function extractIpoSteps(doc: ExtractDoc): void {
  const context = companyContext(doc);
  for (const sentence of doc.sentences) {
    const from = doc.facts.length;
    const cues = findCues(doc, sentence);
    for (const [k, cue] of cues.entries()) {
      const clause = clauseAt(doc, cue.start);
      const lead = doc.s.slice(clause.start, cue.start);
      if (NEGATION.test(lead) && cue.stage !== 'rejected') continue;
      // "计划以每股6.25至8.25美元发行": an offering priced is under way, whatever the verb.
      const priced = cue.stage === 'offering' && doc.money.some((x) => x.perShare && x.start >= sentence.start && x.end <= sentence.end);
      if (!priced && PLANNED.has(cue.stage) && (INTENTION_ANYWHERE.test(lead) || QUESTION.test(lead) || ((cue.stage === 'listed' || cue.stage === 'offering') && /申请|拟|计划/.test(doc.s.slice(cue.start, cue.end))))) continue;
      if (CONDITION.test(lead) || FAILED.test(doc.s.slice(cue.end, clause.end))) continue;
      const subjects = subjectsOf(doc, sentence, cue);
      const { mentions } = subjects;
      let entities = subjects.entities;
      // "继X之后，Y也…撤单": X took the same step before Y.
      const follows = /^继(.{2,30}?)之后/.exec(doc.s.slice(sentence.start, sentence.end));
      if (follows && entities.length && /也|同样|亦/.test(doc.s.slice(sentence.start, cue.start))) {
        const before = doc.companies.mentionsIn({ start: sentence.start, end: sentence.start + follows[0].length }).map((m) => m.entity);
        entities = unique([...before, ...entities]);
      }
      if (!mentions.length && !subjects.counted && COUNT.test(lead)) continue;
      const seg = doc.s.slice(sentence.start, sentence.end);
      // "递交…申请…获受理" is one step: accepted.
      if (cue.stage === 'filed' && /受理/.test(doc.s.slice(cue.end, sentence.end)) && !/港|香港|美国|纳斯达克|纽交所/.test(seg)) continue;
      for (const entity of entities) {
        const ctx = context.get(entity) ?? { sponsors: [], tutors: [] };
        const venue = venueOf(doc, sentence, clause, cue, entity);
        // Firms named in this cue's stretch of the sentence (up to the next cue) are its sponsors.
        const stretch = eventStretch(doc, sentence, cues, k);
        const firmsNear = doc.firms.filter((f) => f.start >= stretch.start && f.end <= stretch.end);
        const firms = firmsNear.length ? firmsNear : doc.firms.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
        const sponsorsHere = firms.length && SPONSOR_ROLE.test(seg) ? unique(firms.map((f) => doc.text.slice(f.start, f.end))) : undefined;
        const tutoring = cue.stage.startsWith('tutoring');
        const inTitle = cue.end <= doc.article.titleSpan.end;
        const sponsors = sponsorsHere ?? (tutoring ? nearest(ctx.tutors, cue.start, inTitle) : nearest(ctx.sponsors, cue.start, inTitle) ?? nearest(ctx.tutors, cue.start, inTitle));
        const raises = ROUND_TALK.test(seg) ? [] : doc.money.filter((x) => x.start >= sentence.start && x.end <= sentence.end && !x.perShare && RAISE_CUE.test(doc.s.slice(sentence.start, x.start).replace(/(?:[\d.]+[亿万]元?(?:人民币)?\s*[、,，和及]?\s*)+$/, '')));
        // "A、B、C…分别计划募集资金X、Y、Z": the i-th company raises the i-th amount.
        const index = entities.length > 1 && raises.length === entities.length && /分别/.test(seg) ? entities.indexOf(entity) : 0;
        const raise = raises[index]?.money ?? (tutoring ? undefined : ctx.raise);
        const priceHere = doc.money.find((x) => x.start >= sentence.start && x.end <= sentence.end && x.perShare && PRICE_CUE.test(doc.s.slice(Math.max(sentence.start, x.start - 16), x.start)));
        const std = STANDARD.exec(seg);
        const standard = std ? doc.text.slice(sentence.start + std.index, sentence.start + std.index + std[0].length) : ctx.standard;
        const own = mentions.filter((m) => m.entity === entity);
        const quoteSpan = own.length ? cover(clause, own[0], cue) : cover(clause, cue);
        const date = dateOf(doc, sentence, clause, cue);
        const fact: IpoFact = {
          kind: 'ipo',
          ...companyOf(doc, entity),
          stage: cue.stage,
          venue,
          ...(date ? { date: date.iso } : {}),
          ...(sponsors?.length ? { sponsors } : {}),
          ...(raise ? { raise } : {}),
          ...(standard ? { standard } : {}),
          ...(CONFIDENTIAL.test(seg) ? { confidential: true } : {}),
          ...(priceHere ? { price: priceHere.money } : {}),
          source: sourceOf(doc, quoteSpan),
        };
        if (date?.weak) weakDates.add(fact);
        doc.facts.push(fact);
      }
    }
    foldSentenceSteps(doc.facts, from);
  }
}

/** The part of a sentence that tells one event: from the end of the previous event's cue to the start of the next (a cue of another stage, or one with a date of its own before it). */
function eventStretch(doc: ExtractDoc, sentence: Span, cues: readonly Cue[], k: number): Span {
  const newEvent = (i: number) => i > 0 && (cues[i].stage !== cues[i - 1].stage || doc.dates.some((d) => d.start >= cues[i - 1].end && d.end <= cues[i].start));
  let a = k; while (a > 0 && !newEvent(a)) a--;
  let b = k + 1; while (b < cues.length && !newEvent(b)) b++;
  return { start: a > 0 ? cues[a - 1].end : sentence.start, end: b < cues.length ? cues[b].start : sentence.end };
}

const OUTCOME = new Set<Stage>(['approved', 'rejected', 'deferred']);

/**
 * Steps one sentence states together are often one event: a hearing that ends in a
 * verdict is the verdict (审议会议…审议同意), and "递交…被受理" is one filing
 * (filed on HKEX and US, accepted on A-share boards).
 */
function foldSentenceSteps(facts: Fact[], from: number): void {
  const steps = facts.slice(from) as IpoFact[];
  const drop = new Set<IpoFact>();
  for (const f of steps) {
    const same = steps.filter((g) => g !== f && g.company === f.company);
    if (f.stage === 'hearing' && same.some((g) => OUTCOME.has(g.stage))) drop.add(f);
    const foreign = f.venue === 'HKEX' || f.venue === 'NASDAQ' || f.venue === 'NYSE' || f.venue === 'US';
    if (f.stage === 'accepted' && foreign && same.some((g) => g.stage === 'filed')) drop.add(f);
    if (f.stage === 'filed' && !foreign && same.some((g) => g.stage === 'accepted')) drop.add(f);
  }
  const kept = steps.filter((f) => !drop.has(f));
  facts.splice(from, facts.length - from, ...kept);
}
