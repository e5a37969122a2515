import { toHansAligned } from '../../text/index.js';
import type { Fact, IpoFact, Money, Span, Stage, Venue } from '../../core/types.js';
import type { MoneyMatch, Sentence } from '../../text/index.js';
import { STAGE_WORDS } from '../lexicons/words.js';
import { LIST_GAP, SAME_NAME_GAP, listBefore, paragraphAt, pronounIn, topicAt, type ExtractDoc } from '../doc.js';
import type { Entity, Mention } from '../companies.js';
import { clauseAt, companyOf, cover, sourceOf, unique, weakDates } from '../emit.js';
import { companyContext, dateOf, exactRaise, findCues, nearest, RAISE_CUE, ROUND_TALK, STANDARD, venueOf, type Cue } from '../ipo/index.js';


const INTENTION_ANYWHERE = new RegExp(`(?:${STAGE_WORDS.intentions.list.join('|')})`);
const DURATION = /从[^，。；,;]{0,12}(?:到|至)[^，。；,;]{0,12}(?:历时|用时|耗时|仅用|只用|花了|经历了)/;
// "拟上市企业X提交注册": an aim that describes the company, not the step.
const DESCRIBED_AIM = /拟(?:上市|IPO|挂牌)(?:企业|公司)/g;
const QUESTION = /是否|能否|会否|或将|可能/;
// "若…获受理", "一旦…", "按照X上市首日涨400%的逻辑": a condition or a yardstick, not an event.
const CONDITION = /若|如果|假如|倘若|一旦|未来|如能|按照|参照/;
// "申请在港上市未果": a listing cue that failed or was only applied for.
const FAILED = /^[^，。；,;]{0,4}(?:未果|失败|搁浅|受阻)/;
// Stages whose cue after an intention word (拟登陆, 计划于…上市) is only a plan.
const PLANNED = new Set<Stage>(['listed', 'offering', 'filed', 'registration_submitted', 'registered', 'tutoring_filed', 'tutoring_completed']);
// "未获聆讯而失效": a negation before 而/因 belongs to the reason, not to the step.
const NEGATION = /(?:未|没有|尚未|并未|不|无|终止|摘牌)[^，。；,;而因]{0,6}$/;
// "10家企业首发上会", "其中8家获得通过": a count of companies is a market statistic, not a company's step.
const COUNT = /[\d一二三四五六七八九十两几数多]+家(?:企业|公司)?|[\d]+只新股|(?:多|数)家/;
const SPONSOR_ROLE = /保荐|辅导|承销|签署|签订|簽/;
const CONFIDENTIAL = /保密形式|以保密方式|以秘密方式|秘密形式|秘密递交|保密递交/;
const PRICE_CUE = /发行价|招股价|定价|发行价格|每股/;

// "有外媒报道称其未通过聆讯。对此公司回应称报道不实": hearsay that the company denies states no step.
const HEARSAY = /报道称|报道指|传出|传闻|据传|消息称|消息指|市场传言/;
const DENIAL = /不实|否认|不属实|并非事实|纯属谣言|澄清/;

/** Whether a sentence tells hearsay that it, or the sentence after it, denies. */
function deniedReport(doc: ExtractDoc, sentence: Span): boolean {
  const text = doc.s.slice(sentence.start, sentence.end);
  if (!HEARSAY.test(text)) return false;
  const next = doc.sentences.find((x) => x.start >= sentence.end);
  return DENIAL.test(text) || (next !== undefined && DENIAL.test(doc.s.slice(next.start, next.end)));
}

/** "每股10.5元至12.5元": a price per share and the amount a range joins to it are the price's range. */
function priceRange(doc: ExtractDoc, price: MoneyMatch): Money {
  const next = doc.money.find((m) => m.start >= price.end && m.start - price.end <= 3);
  const low = price.money.value;
  if (!next || low === undefined || next.money.value === undefined || next.money.currency !== price.money.currency || next.money.value <= low
    || !/^\s*(?:至|到|-|–|—|~|～)\s*$/.test(doc.s.slice(price.end, next.start))) return price.money;
  return { min: low, max: next.money.value, currency: price.money.currency };
}

/** How many companies a text counts ("3家企业", "两家公司", "3家首批企业"), if it counts them. */
function companiesCounted(text: string): number | undefined {
  const m = /(?<![\d一二三四五六七八九十两])(\d+|[一二三四五六七八九十两])家(?:首批)?(?:企业|公司)/.exec(text);
  if (!m) return undefined;
  return /\d/.test(m[1]) ? Number(m[1]) : '一二三四五六七八九十'.indexOf(m[1]) + 1 || 2;
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
    let tail = afterInClause[0];
    for (const m of afterInClause.slice(1)) {
      const gap = doc.s.slice(tail.end, m.start);
      // "A（以下简称“甲”）和B": a name's declared short form is the same item.
      if (m.entity === tail.entity && SAME_NAME_GAP.test(gap)) { tail = m; continue; }
      if (LIST_GAP.test(gap)) { list.push(m); tail = m; } else break;
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
  // After 分别为/包括 each item may bring its own descriptor (分别为深市主板新股A和北交所新股B).
  const announced = after.length > 0 && /(?:分别为|分别是|包括)[^，。；,;]{0,10}$/.test(doc.s.slice(cue.end, after[0].start));
  for (const m of after) {
    if (!list.length) { list.push(m); continue; }
    const gap = doc.s.slice(list[list.length - 1].end, m.start);
    if (LIST_GAP.test(gap) || (announced && /^\s*(?:[、,，]|和|及|与|以及)[^，。；,;、]{0,8}$/.test(gap))) list.push(m); else break;
  }
  if (list.length >= 2) return { mentions: list, entities: unique(list.map((m) => m.entity)) };
  // "…审议会议，审议X的首发上市申请": the company named right after the cue is its object.
  if (after.length && after[0].start - cue.end <= 6 && /^[，,]?\s*(?:审议|同意|受理|问询|批准)?\s*$/.test(doc.s.slice(cue.end, after[0].start))) {
    return { mentions: [after[0]], entities: [after[0].entity] };
  }
  // "自…获北交所受理以来，X经历了…": a leading time clause belongs to the subject named after it.
  const clauseText = doc.s.slice(clause.start, clause.end);
  if (after.length && /^(?:自|在|于|随着|早在|此前|继)|(?:以来|之后|后|时|前)$/.test(clauseText)) {
    return { mentions: [after[0]], entities: [after[0].entity] };
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
  // "3家企业由“已过会”升级至“提交注册”": a count of companies refers back to a list of that many just before.
  const n = companiesCounted(doc.s.slice(sentence.start, cue.start));
  // "另有2家企业…": other companies than those just named.
  if (!inSentence.length && n !== undefined && !/另有|另外|此外|还有|其余|其他|其它/.test(doc.s.slice(sentence.start, cue.start))) {
    const para = paragraphAt(doc, sentence.start);
    const earlier = doc.companies.mentionsIn({ start: para?.start ?? 0, end: sentence.start });
    const list = earlier.length ? listBefore(doc, earlier, earlier[earlier.length - 1].end) : [];
    if (list.length === n) return { mentions: [], entities: unique(list.map((m) => m.entity)), counted: true };
    const told = earlierBatch(doc, clauseAt(doc, cue.start), cue);
    if (told.length) return { mentions: [], entities: told, counted: true };
  }
  // A sentence naming no company continues the one the sentence before named, in the same paragraph.
  if (!inSentence.length && !COUNT.test(doc.s.slice(sentence.start, sentence.end))) {
    const previous = doc.sentences[doc.sentences.indexOf(sentence) - 1];
    const para = paragraphAt(doc, sentence.start);
    if (previous && para && previous.start >= para.start) {
      const named = unique(doc.companies.mentionsIn(previous).filter((m) => !m.entity.notSubject).map((m) => m.entity));
      if (named.length === 1) return { mentions: [], entities: named };
      // "该公司的IPO申请于…获受理。上交所曾…出具了审核问询函": the company a pronoun stood for goes on.
      const topic = !named.length && pronounIn(doc, previous) ? topicAt(doc, previous.start) : undefined;
      if (topic) return { mentions: [], entities: [topic] };
    }
  }
  return { mentions: [], entities: [] };
}

// "3家企业由“已过会”升级至…": the step a counted batch of companies took before.
const BATCH_STAGES: readonly [RegExp, Stage][] = [[/过会|审议通过/, 'approved'], [/受理/, 'accepted'], [/问询/, 'inquiry'], [/注册生效|获注册/, 'registered']];

/**
 * "3家首批过会企业…3家企业由“已过会”升级至“提交注册”": a count of companies described by an
 * earlier step names the batch of exactly that many the article gave that step (the first batch, 首批, when it gave several).
 */
function earlierBatch(doc: ExtractDoc, clause: Span, cue: Cue): Entity[] {
  // The count and the earlier step both describe the subject, in the cue's own clause.
  const seg = doc.s.slice(clause.start, cue.start);
  const n = companiesCounted(seg);
  const stage = BATCH_STAGES.find(([re]) => re.test(seg))?.[1];
  if (n === undefined || !stage || stage === cue.stage) return [];
  const batches = new Map<number, IpoFact[]>();
  for (const f of doc.facts) if (f.kind === 'ipo' && f.stage === stage) batches.set(f.source.start, [...(batches.get(f.source.start) ?? []), f]);
  const sized = [...batches.values()].filter((b) => unique(b.map((f) => f.company)).length === n);
  const para = paragraphAt(doc, clause.start);
  const first = /首批/.test(doc.s.slice(para?.start ?? clause.start, clause.end));
  const batch = sized.length === 1 ? sized[0] : first ? sized.sort((a, b) => (a[0].date ?? '9').localeCompare(b[0].date ?? '9'))[0] : undefined;
  if (!batch) return [];
  const names = new Set(batch.map((f) => f.company));
  return doc.companies.entities.filter((e) => names.has(doc.companies.displayName(e)));
}

/** Raise and sponsors stated in the brackets right after a name in a list, if any. */
function itemDetails(doc: ExtractDoc, mention: Span): { raise?: Money; sponsors?: string[]; date?: string } | undefined {
  const open = doc.s.slice(mention.end).match(/^[\s”"」]*[(（]/);
  if (!open) return undefined;
  const start = mention.end + open[0].length;
  const close = doc.s.slice(start, start + 60).search(/[)）]/);
  if (close < 0) return undefined;
  const span = { start, end: start + close };
  const money = doc.money.find((x) => x.start >= span.start && x.end <= span.end && !x.perShare && /募|集资/.test(doc.s.slice(span.start, x.start)));
  const firms = doc.firms.filter((f) => f.start >= span.start && f.end <= span.end).map((f) => doc.text.slice(f.start, f.end));
  // "沣禾股份（北交所，12月1日）": the item's own day.
  const date = doc.dates.find((d) => d.start >= span.start && d.end <= span.end && d.precision === 'day');
  return money || firms.length || date
    ? { ...(money ? { raise: money.money } : {}), ...(firms.length ? { sponsors: unique(firms) } : {}), ...(date ? { date: date.iso } : {}) }
    : undefined;
}


/** Finds the steps of listings (filed, accepted, inquiry, … listed, terminated) with venue, date, sponsors and raise. */
export function extractIpoSteps(doc: ExtractDoc): void {
  const context = companyContext(doc);
  for (const sentence of doc.sentences) {
    const from = doc.facts.length;
    const cues = findCues(doc, sentence);
    // "公司于6月向港交所递交申请，11月26日通过聆讯": a later clause with no subject of its own goes on with the earlier one's.
    let sentenceSubjects: Entity[] = [];
    for (const [k, cue] of cues.entries()) {
      const clause = clauseAt(doc, cue.start);
      const lead = doc.s.slice(clause.start, cue.start);
      if (NEGATION.test(lead) && cue.stage !== 'rejected') continue;
      // "计划以每股6.25至8.25美元发行": an offering priced is under way, whatever the verb.
      // "以每股平均价36.28元减持": a holder's sale is no offering, priced or not.
      if (cue.stage === 'offering' && /减持|增持|回购|大宗交易|配售旧股/.test(doc.s.slice(sentence.start, sentence.end)) && !/招股(?!前)|公开发售|全球发售/.test(doc.s.slice(sentence.start, sentence.end))) continue;
      const priced = cue.stage === 'offering' && doc.money.some((x) => x.perShare && x.start >= sentence.start && x.end <= sentence.end);
      // "11月26日将有2只新股开启申购": a subscription set for a day is on the calendar, not a plan.
      const scheduled = cue.stage === 'offering' && (doc.dates.some((d) => d.precision === 'day' && d.start >= clause.start && d.end <= cue.start)
        // "分别为A（北交所，12月1日）和B（创业板，12月3日）": each item carries its day.
        || (/分别为|分别是/.test(doc.s.slice(cue.end, sentence.end)) && doc.dates.some((d) => d.precision === 'day' && d.start >= cue.end && d.end <= sentence.end)));
      // "预计12月9日定价，12月12日在港交所挂牌": an expectation heads a list of dated steps.
      const expected = /(?:预计|预期|计划|拟)[^。；;]{0,24}[，,][^，。；,;]{0,16}$/.test(doc.s.slice(Math.max(sentence.start, cue.start - 40), cue.start))
        && /^\s*(?:\d{1,2}月\d{1,2}[日号]?|(?:下周|本周|下星期)[一二三四五六日](?:[（(]\d{1,2}日[)）])?|明日|明天|下月\d{1,2}日)\s*(?:于|在|将)?[^，。；,;]{0,8}$/.test(doc.s.slice(clause.start, cue.start));
      // "距离其2024年12月启动辅导不足一年": the time since a step is no plan of it.
      const since = /距离/.test(lead) && /^[^，。；,;]{0,3}(?:不足|仅|已经?|超过|近|刚|才|还?不到)[^，。；,;]{0,4}(?:年|个月|月|天|日|周)/.test(doc.s.slice(cue.end, clause.end));
      const aim = since ? lead.replace(/距离/, '') : lead;
      if (!priced && !scheduled && PLANNED.has(cue.stage) && (expected || INTENTION_ANYWHERE.test(aim.replace(DESCRIBED_AIM, '')) || QUESTION.test(lead) || ((cue.stage === 'listed' || cue.stage === 'offering') && /申请|拟|计划|筹备|准备|谋求|寻求|打算|考虑|冲刺/.test(doc.s.slice(cue.start, cue.end))))) continue;
      // "董事会审议通过了发行A股并在科创板上市的议案": a board resolution is a plan, no review step.
      if (/董事会|股东大会|股东会/.test(doc.s.slice(sentence.start, cue.start)) && (/议案|方案/.test(doc.s.slice(cue.end, clause.end)) || /董事会|股东大会|股东会/.test(doc.s.slice(clause.start, cue.start)))) continue;
      // "下周五挂牌", "明日上市": a listing still ahead is no listing.
      if (cue.stage === 'listed' && /(?:下周|下星期)[一二三四五六日]|明日|明天|下月/.test(doc.s.slice(clause.start, cue.start))) continue;
      // "从递表到通过聆讯历时约5个月": a duration between steps tells no step.
      if (DURATION.test(doc.s.slice(clause.start, clause.end))) continue;
      // "能否过会备受关注": a question is no event, of any stage.
      if (CONDITION.test(lead) || QUESTION.test(lead.slice(-6)) || FAILED.test(doc.s.slice(cue.end, clause.end))) continue;
      if (deniedReport(doc, sentence)) continue;
      // "已完成辅导工作，辅导机构为X": the tutor named beside another tutoring step is that step's, no filing.
      if (cue.stage === 'tutoring_filed' && /^辅导机构$/.test(doc.s.slice(cue.start, cue.end)) && cues.some((c) => c !== cue && c.stage.startsWith('tutoring'))) continue;
      // "原定9月10日上会…取消审议": a hearing called off did not take place.
      if ((cue.stage === 'hearing' || cue.stage === 'approved') && /取消|延期|推迟/.test(doc.s.slice(sentence.start, sentence.end))) continue;
      const subjects = subjectsOf(doc, sentence, cue);
      const { mentions } = subjects;
      // "IPO周报｜上周14家企业上会12家过会 X首日涨…": a headline's count is the market's; the names in its other clauses have their own news.
      const title = doc.article.titleSpan;
      if (sentence.start >= title.start && sentence.end <= title.end && COUNT.test(doc.s.slice(clause.start, clause.end))
        && mentions.length && mentions.every((m) => m.start >= clause.end || m.end <= clause.start)) continue;
      let entities = subjects.entities.length || COUNT.test(doc.s.slice(clause.start, clause.end)) ? subjects.entities : sentenceSubjects;
      if (subjects.entities.length) sentenceSubjects = subjects.entities;
      // "继X之后，Y也…撤单": X took the same step before Y.
      const follows = /^继(.{2,30}?)之后/.exec(doc.s.slice(sentence.start, sentence.end));
      if (follows && entities.length && /也|同样|亦/.test(doc.s.slice(sentence.start, cue.start))) {
        const before = doc.companies.mentionsIn({ start: sentence.start, end: sentence.start + follows[0].length }).map((m) => m.entity);
        entities = unique([...before, ...entities]);
      }
      // "处于“已问询”状态的有41家": a count after the cue makes the clause a statistic too.
      if (!mentions.length && !subjects.counted && /的?有[\d一二三四五六七八九十两]+家/.test(doc.s.slice(cue.end, clause.end))) continue;
      if (!mentions.length && !subjects.counted && COUNT.test(lead)) {
        readBoardLists(doc, sentence, clause, cue);
        continue;
      }
      const seg = doc.s.slice(sentence.start, sentence.end);
      // "递交…申请…获受理" is one step: accepted.
      if (cue.stage === 'filed' && /受理/.test(doc.s.slice(cue.end, sentence.end)) && !/港|香港|美国|纳斯达克|纽交所/.test(seg)) continue;
      for (const entity of entities) {
        const ctx = context.get(entity) ?? { sponsors: [], tutors: [], raises: [] };
        const own = mentions.filter((m) => m.entity === entity);
        const venue = venueOf(doc, sentence, clause, cue, entity, entities.length > 1 ? own[0] : undefined);
        // Firms named in this cue's stretch of the sentence (up to the next cue) are its sponsors.
        const stretch = eventStretch(doc, sentence, cues, k);
        const firmsNear = doc.firms.filter((f) => f.start >= stretch.start && f.end <= stretch.end);
        const firms = firmsNear.length ? firmsNear : doc.firms.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
        const sponsorsHere = firms.length && SPONSOR_ROLE.test(seg) ? unique(firms.map((f) => doc.text.slice(f.start, f.end))) : undefined;
        const tutoring = cue.stage.startsWith('tutoring');
        // "A（拟募资3.2亿元，保荐机构X）、B（…）": what the brackets after a listed name say is that company's.
        const item = entities.length > 1 && own[0] ? itemDetails(doc, own[0]) : undefined;
        const inTitle = cue.end <= doc.article.titleSpan.end;
        const sponsors = item?.sponsors ?? sponsorsHere ?? (tutoring ? nearest(ctx.tutors, cue.start, inTitle) : nearest(ctx.sponsors, cue.start, inTitle) ?? nearest(ctx.tutors, cue.start, inTitle));
        const raises = ROUND_TALK.test(seg) ? [] : doc.money.filter((x) => x.start >= sentence.start && x.end <= sentence.end && !x.perShare && RAISE_CUE.test(doc.s.slice(sentence.start, x.start).replace(/(?:[\d.]+[亿万]元?(?:人民币)?\s*[、,，和及]?\s*)+$/, '')));
        // "A、B、C…分别计划募集资金X、Y、Z": the i-th company raises the i-th amount.
        const index = entities.length > 1 && raises.length === entities.length && /分别/.test(seg) ? entities.indexOf(entity) : 0;
        const stated = item?.raise ?? raises[index]?.money ?? (tutoring ? undefined : ctx.raise);
        const raise = stated && exactRaise(stated, ctx.raises);
        const priceHere = doc.money.find((x) => x.start >= sentence.start && x.end <= sentence.end && x.perShare && PRICE_CUE.test(doc.s.slice(Math.max(sentence.start, x.start - 16), x.start)));
        const std = STANDARD.exec(seg);
        const standard = std ? doc.text.slice(sentence.start + std.index, sentence.start + std.index + std[0].length) : ctx.standard;
        const quoteSpan = own.length ? cover(clause, own[0], cue) : cover(clause, cue);
        // A tutoring progress report (辅导工作进展情况报告（第五期）) is dated by the report, not by the filing it follows.
        const progress = tutoring && /进展情况报告|进展报告|辅导进展/.test(doc.s.slice(clause.start, clause.end));
        // "A、B分别于11月17日、11月20日获同意注册": the i-th company took the step on the i-th date.
        const respective = respectiveDate(doc, sentence, cue, entities, entity);
        const date = progress ? undefined : respective ? { iso: respective, weak: false } : item?.date ? { iso: item.date, weak: false } : dateOf(doc, sentence, clause, cue);
        // "分别于2023年9月和2024年3月两次中止审核": a step taken more than once is a fact per date.
        for (const iso of [date?.iso, ...againOn(doc, clause, cue)]) {
          const fact: IpoFact = {
            kind: 'ipo',
            ...companyOf(doc, entity),
            stage: cue.stage,
            venue,
            ...(iso ? { date: iso } : {}),
            ...(sponsors?.length ? { sponsors } : {}),
            ...(raise ? { raise } : {}),
            ...(standard ? { standard } : {}),
            // "于2024年8月递交申请，…，2025年9月以秘密方式递件": in confidence is said of the filing of its own clause.
            ...(CONFIDENTIAL.test(doc.s.slice(clause.start, clause.end)) || (cues.filter((c) => c.stage === 'filed').length === 1 && CONFIDENTIAL.test(seg)) ? { confidential: true } : {}),
            ...(priceHere ? { price: priceRange(doc, priceHere) } : {}),
            source: sourceOf(doc, quoteSpan),
          };
          if (date?.weak) weakDates.add(fact);
          doc.facts.push(fact);
        }
      }
    }
    foldSentenceSteps(doc.facts, from, Number((doc.articleDate ?? doc.newsMonth)?.slice(0, 4)) || undefined);
  }
}

/** The date of one company of several a sentence gives dates to respectively (分别于D1、D2), if it does. */
function respectiveDate(doc: ExtractDoc, sentence: Span, cue: Cue, entities: readonly Entity[], entity: Entity): string | undefined {
  if (entities.length < 2) return undefined;
  const m = /分别(?:于|在)/.exec(doc.s.slice(sentence.start, cue.start));
  if (!m) return undefined;
  const from = sentence.start + m.index;
  const dates = doc.dates.filter((d) => d.start >= from && d.end <= cue.start);
  return dates.length === entities.length ? dates[entities.indexOf(entity)].iso : undefined;
}

// Steps a company can take more than once; an inquiry's rounds are one step.
const REPEATED = new Set<Stage>(['suspended', 'filed', 'tutoring_filed', 'lapsed']);

/** The later dates of a step the clause says was taken on each of several dates (分别于A和B, 先后于A、B两次): all but the one `dateOf` reads. */
function againOn(doc: ExtractDoc, clause: Span, cue: Cue): string[] {
  if (!REPEATED.has(cue.stage) || !/分别|先后|两次|二次|多次|再次/.test(doc.s.slice(clause.start, cue.start))) return [];
  const dates = doc.dates.filter((d) => d.start >= clause.start && d.end <= cue.start && !d.relative);
  if (dates.length < 2 || !dates.slice(1).every((d, i) => /^\s*(?:和|与|及|、|以及)\s*$/.test(doc.s.slice(dates[i].end, d.start)))) return [];
  return dates.slice(0, -1).map((d) => d.iso);
}

// "科创板：A（拟募资25亿元，保荐机构X）、B（…）。": a paragraph that lists a board's companies under its name.
const BOARD_HEAD = /^\s*[-•·*]?\s*([^：:，。\n]{2,8})[：:]/;

/**
 * "本周共受理7家企业的IPO申请。科创板：A（…）、B（…）。创业板：C（…）…": a counted step told in one
 * sentence, whose companies the paragraphs after it list board by board. Read only when the lists
 * hold exactly as many companies as the count, so a list of something else is never taken for them.
 */
function readBoardLists(doc: ExtractDoc, sentence: Sentence, clause: Span, cue: Cue): void {
  const n = companiesCounted(doc.s.slice(clause.start, clause.end));
  if (n === undefined) return;
  const items: { mention: Mention; venue: Venue; end: number }[] = [];
  for (const para of doc.paragraphs.filter((p) => p.start >= sentence.end)) {
    const head = BOARD_HEAD.exec(doc.s.slice(para.start, para.end));
    const board = head ? doc.venues.find((v) => v.venue && v.start >= para.start && v.end <= para.start + head[0].length) : undefined;
    if (!head || !board?.venue) { if (items.length) break; continue; }
    const names = doc.companies.mentionsIn({ start: para.start + head[0].length, end: para.end });
    const list = names.length ? listBefore(doc, names, names[names.length - 1].end) : [];
    for (const m of list) {
      const close = doc.s.slice(m.end, m.end + 60).match(/^[\s”"」]*[(（][^()（）]{0,58}[)）]/);
      items.push({ mention: m, venue: board.venue, end: m.end + (close?.[0].length ?? 0) });
    }
  }
  if (items.length !== n) return;
  const date = dateOf(doc, sentence, clause, cue);
  for (const item of items) {
    const details = itemDetails(doc, item.mention);
    const fact: IpoFact = {
      kind: 'ipo',
      ...companyOf(doc, item.mention.entity),
      stage: cue.stage,
      venue: item.venue,
      ...(date ? { date: date.iso } : {}),
      ...(details?.sponsors ? { sponsors: details.sponsors } : {}),
      ...(details?.raise ? { raise: details.raise } : {}),
      source: sourceOf(doc, { start: item.mention.start, end: item.end }),
    };
    doc.facts.push(fact);
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
function foldSentenceSteps(facts: Fact[], from: number, newsYear?: number): void {
  const steps = facts.slice(from) as IpoFact[];
  const drop = new Set<IpoFact>();
  for (const f of steps) {
    const same = steps.filter((g) => g !== f && g.company === f.company);
    if (f.stage === 'hearing' && same.some((g) => OUTCOME.has(g.stage))) drop.add(f);
    // "于X月在港交所上市，…低于发行价": a listing compared with its issue price is the listing.
    // "于X月在港交所上市，招股价为每股…": the price of a listing told with it is the listing's.
    if (f.stage === 'offering' && same.some((g) => g.stage === 'listed') && /较|低于|高于|跌破|破发|相比|对比|招股价/.test(toHansAligned(f.source.quote))) drop.add(f);
    // "公司于2021年7月登陆科创板，发行价为23.65元/股": a listing of years before, told with its price, is one past listing.
    if (f.stage === 'offering' && newsYear !== undefined && same.some((g) => g.stage === 'listed' && g.date !== undefined && Number(g.date.slice(0, 4)) < newsYear)) drop.add(f);
    const foreign = f.venue === 'HKEX' || f.venue === 'NASDAQ' || f.venue === 'NYSE' || f.venue === 'US';
    if (f.stage === 'accepted' && foreign && same.some((g) => g.stage === 'filed')) drop.add(f);
    if (f.stage === 'filed' && !foreign && same.some((g) => g.stage === 'accepted')) drop.add(f);
  }
  const kept = steps.filter((f) => !drop.has(f));
  facts.splice(from, facts.length - from, ...kept);
}
