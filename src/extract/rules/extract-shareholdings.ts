import type { ShareholdingFact, Span } from '../../core/types.js';
import { mainEntity, paragraphAt, topicAt, type ExtractDoc } from '../doc.js';
import { toHansAligned, type Sentence } from '../../text/index.js';
import { clauseAt, companyOf, cover, sourceOf } from '../emit.js';
import { legalFormOf, plausibleName, scanNameLeft, trimLeft } from '../companies.js';

// 持有 / 持股 / 控制 / 支配 … X% (的股份|股权|表决权); 股份占比 X%.
const HOLDS = /(?:所持|持有|持股|控制了?|支配|拥有|(?:股份|股权|持股)?占比|持股比例为?|股权比例为?)/g;
const ADVERBS = /(?:直接和通过|直接或间接|直接|间接|合计|合共|个人|本人|减持后|增持后|减持|增持|共同|累计|实际|可以|分别|均|已|约|目前|现|仍|将|共|一并|总计|也|还|则|屬於|属于|实益|于本轮完成后|本轮完成后|于本轮后|本轮后|本轮融资后|本次发行后|发行后|上市后|在IPO后|IPO后|在上市后|交易完成后)+$/;
const HOLDER_CUT = /^.*(?:配偶|其中|此外|同时|而|则|以及|并|且|创始人|联合创始人|创办人|董事长|主席|实际控制人|实控人|控股股东|总经理|首席执行官|行政总裁|CEO|CTO|CFO|COO|首席技术官|首席财务官|首席科学家|科学家|首席[\u3400-\u9fff]{1,3}官|执行长|营运长|财务长|技术长|技术总监|总监|董事|总裁|股东|显示|表示|披露|旗下的|旗下|招股前|上市前|发行前|IPO前|投资者|持股平台|平台|的一致行动人|兼)/;
const PAIR = /^(?:二人|两人|二者|双方|夫妇|夫妻|夫妇二人|夫妻二人)$/;
const GENERIC_HOLDER = /股东$|^(?:其|该|公司|本公司|发行人)$|投资者$|^(?:国资|员工|管理层|团队|二人|两人|三人|夫妇|夫妻|二者|双方)$/;

/** The holder named before a holding verb in its clause: after 通过 (通过X间接控制), before 及其一致行动人, or the run before the verb. */
function holderBefore(doc: ExtractDoc, clause: Span, at: number, sentence: Sentence, verb: string): Span | undefined {
  // "X所持公司2%的股份": the holder stands right before 所持.
  if (verb === '所持') {
    const start = scanNameLeft(doc.s, at, 20);
    // "可以实际控制支配X所持": the holder is what the verbs before it act on.
    const name = trimLeft(doc.s.slice(start, at)).replace(/^.*(?:控制|支配|拥有|持有|通过)/, '');
    return name.length >= 2 ? { start: at - name.length, end: at } : undefined;
  }
  const lead = doc.s.slice(clause.start, at);
  // "郑某直接和通过X…支配": the person holds, X is the vehicle.
  const direct = /^(.{2,30}?)直接(?:和|及|或)(?:间接|通过)/.exec(lead);
  if (direct) {
    const cut = HOLDER_CUT.exec(direct[1])?.[0].length ?? 0;
    // "X通过直接及间接方式合计控制": 通过 belongs to the verb, not the holder.
    const named = direct[1].replace(/(?:通过|以|经由)$/, '');
    return { start: clause.start + cut, end: clause.start + named.length };
  }
  // The last 通过 of the clause names the vehicle (a list "通过A…、通过B…" names one each).
  const via = /通过([^、，,通]{2,40}?)(?:间接|直接|合计)?$/.exec(lead);
  // "通过一致行动协议合计控制", "通过平台X合计控制": an agreement is the means, and a combined stake (合计) is
  // the holder's own and its vehicles' together: both belong to the one the sentence is about.
  if ((via && /协议|安排|方式|约定/.test(via[1])) || (via && /合计|共计$/.test(lead)) || /^(?:并)?(?:合计|共计|合共|累计)(?:控制|持有)?$/.test(lead.trim())) {
    return sentenceSubject(doc, sentence);
  }
  // "X通过其全资持有的公司持股", "X通过两家基金合计持有": a vehicle told by what it is, not named, leaves X the holder.
  if (via && /^(?:其|旗下|下属|名下|全资|[两二三四五六七八九十多数\d]+家)|(?:持有|控制)的公司$/.test(via[1])) {
    const before = lead.slice(0, via.index);
    const cut = HOLDER_CUT.exec(before)?.[0].length ?? 0;
    const name = before.slice(cut).replace(ADVERBS, '');
    if (name.length >= 2) return { start: clause.start + cut, end: clause.start + cut + name.length };
  }
  if (via && !/^(?:直接|间接)/.test(via[1])) {
    const name = via[1].replace(ADVERBS, '');
    // "通过员工持股平台X控制": the platform's descriptor is no part of its name.
    const cut = /^(?:员工)?持股平台|^旗下/.exec(name)?.[0].length ?? 0;
    const start = clause.start + via.index + 2 + cut;
    return { start, end: start + name.length - cut };
  }
  // "X及其一致行动人合计控制", "X及其配偶合计持有": X is the holder named.
  const concert = lead.search(/(?:及|连同)其(?:一致行动人|配偶|妻子|丈夫|家族)/);
  // "创办人X…，连同其一致行动人合共控制": the clause opens with the concert; X is the sentence's.
  if (concert === 0) return sentenceSubject(doc, sentence) ?? holderOfClauseBefore(doc, sentence, clause);
  if (concert > 0) return { start: clause.start + (HOLDER_CUT.exec(lead.slice(0, concert))?.[0].length ?? 0), end: clause.start + concert };
  // "国家集成电路产业投资基金二期（简称“大基金二期”）持股": the holder is named before its bracket.
  let trimmed = lead.replace(/[(（][^()（）]{0,30}[)）]\s*$/, '').replace(ADVERBS, '').replace(/股份$|股权$|持股比例$/, '').replace(/的$/, '').replace(ADVERBS, '');
  // "X属于…旗下基金，股份占比": the holder is what the clause is about, before 属于/是.
  const about = trimmed.search(/属于|是|系|作为/);
  if (about >= 2) trimmed = trimmed.slice(0, about);
  let start = clause.start + (HOLDER_CUT.exec(trimmed)?.[0].length ?? 0);
  let end = clause.start + trimmed.length;
  // "X属于合肥市属国资,股份占比Y%": the clause has no holder; the sentence's first name holds.
  if (end - start < 2 && clause.start > sentence.start) {
    // "…第一大股东“X”，持股21.67%": a name in quotes, or a registered name, just before is the holder.
    const quoted = /[“"「]([^“”"「」]{2,40})[”"」]\s*[，,]?\s*$/.exec(doc.s.slice(sentence.start, clause.start));
    if (quoted) {
      const qEnd = clause.start - (quoted[0].length - quoted[0].indexOf(quoted[1]) - quoted[1].length);
      return { start: qEnd - quoted[1].length, end: qEnd };
    }
    // "公司第二大股东X于10月31日…减持约820万股，持股比例由…": the nearest clause before that opens with a holder.
    const near = holderOfClauseBefore(doc, sentence, clause);
    if (near) return near;
    const named = doc.companies.mentions.filter((m) => m.start >= sentence.start && m.end <= clause.start && legalFormOf(m.key)).pop();
    if (named) return { start: named.start, end: named.end };
    // "公司实际控制人为X，其直接持有…": the person a role was just given to.
    const role = /(?:实际控制人|控股股东|第一大股东|创始人|创办人|董事长)(?:为|是)([^，,。；;、]{2,12})[，,]\s*$/.exec(doc.s.slice(sentence.start, clause.start));
    if (role) { const at = clause.start - (role[0].length - role[0].indexOf(role[1], 4)); return { start: at, end: at + role[1].length }; }
    // "截至三季度末，X新进成为第六大股东，持股1.86%": a leading time clause holds no one.
    const time = /^(?:(?:截至|截止|截至目前|目前|此外|同时|其中)[^，,。；;]*|值得一提的是|值得注意的是|据悉|另外|资料显示|数据显示|招股书显示|公告显示)[，,]/.exec(doc.s.slice(sentence.start, clause.start))?.[0].length ?? 0;
    const first = doc.s.slice(sentence.start + time, clause.start);
    const m = /^[^，,。；;]*/.exec(first)![0];
    // "X又表示，本轮完成后，他持股…": the one who speaks, before what he says.
    const cut = m.search(/属于|是|为|系|作为|通过|直接|间接|合计|新进|此前|曾经?|早年|(?:又|还|亦|也)?(?:表示|称|指出|透露)|(?<=.{2})于(?=\s?\d|今年|去年|近日|日前)/);
    const from = sentence.start + time;
    end = from + (cut > 0 ? cut : m.length);
    start = from + (HOLDER_CUT.exec(doc.s.slice(from, end))?.[0].length ?? 0);
  }
  // A holder in its own run of name characters ends where that run ends.
  const runStart = scanNameLeft(doc.s, end, 60);
  if (runStart > start) start = runStart;
  // "严某、吴某合计控制": holders listed together hold together.
  if (doc.s[start - 1] === '、') {
    if (!/合计|共同/.test(lead)) return undefined;
    while (doc.s[start - 1] === '、') start = scanNameLeft(doc.s, start - 1, 20);
    start += HOLDER_CUT.exec(doc.s.slice(start, end))?.[0].length ?? 0;
  }
  // "其子林某持股8.02%": the kinship before a name says who the holder is to the one told before, and is no part of the name.
  const kin = /^(?:其|之)(?:子|女|妻子?|丈夫|夫|兄|弟|姐|妹)(?=[\u3400-\u9fff]{2})/.exec(doc.s.slice(start, end));
  if (kin) start += kin[0].length;
  return end - start >= 2 ? { start, end } : undefined;
}

// A clause that opens with a holder changing its stake: "(公司第二大股东)X于…增持/减持".
const CHANGED_BY = /^(?:.*(?:股东|显示|表示|披露)[：:，,]?)?([^（(“"]{2,30}?)(?:\s?[（(][^）)]{0,24}[）)])?\s?(?:于|在|以|已|通过|今日|近日|日前)[^。；;]{0,60}?(?:增持|减持|买入|卖出|出售|转让)/d;

function holderOfClauseBefore(doc: ExtractDoc, sentence: Sentence, clause: Span): Span | undefined {
  const before = sentence.clauses.filter((c) => c.end <= clause.start && c.start >= sentence.start).reverse();
  for (const c of before) {
    // The change may be told over several clauses ("X于5月12日至8月15日期间，通过集中竞价累计增持…").
    const m = CHANGED_BY.exec(doc.s.slice(c.start, clause.start)) as (RegExpExecArray & { indices: [number, number][] }) | null;
    if (!m) continue;
    const start = c.start + m.indices[1][0];
    // "首次公开招股前投资者X于…减持": the holder's descriptor is no part of it.
    const found = HOLDER_CUT.exec(m[1])?.[0].length ?? 0;
    // "股东高瓴资本旗下基金": a bare 基金 left after the cut is the whole phrase's, without the words before its name.
    const bare = /^(?:基金|公司|机构|平台|子公司)$/.test(m[1].slice(found));
    const cut = bare ? (/^.*?股东/.exec(m[1])?.[0].length ?? 0) : found;
    const name = m[1].slice(cut);
    if (plausibleName(name) && !GENERIC_HOLDER.test(name)) return { start: start + cut, end: start + cut + name.length };
  }
  return undefined;
}

/** The person or holder a sentence opens with ("实际控制人沈某直接持有…"), cut of its title and of what follows the name. */
function sentenceSubject(doc: ExtractDoc, sentence: Sentence): Span | undefined {
  // The first clause that holds (直接持有…) names the holder before its verb: "股权结构方面，…，沈某直接持有…".
  for (const c of sentence.clauses) {
    const text = doc.s.slice(c.start, c.end);
    const stop = text.search(/直接|间接|通过|合计|共同|持有|持股|控制(?!人)/);
    if (stop < 2) continue;
    const head = text.slice(0, stop).replace(/(?:为|是|系|共|合计|分别)$/, '');
    const cut = HOLDER_CUT.exec(head)?.[0].length ?? 0;
    if (head.length - cut >= 2 && head.length - cut <= 12) return { start: c.start + cut, end: c.start + head.length };
  }
  // "公司实际控制人为X，合计控制公司46.05%的股份": the person the role was given to.
  const role = /(?:实际控制人|控股股东|第一大股东)(?:为|是)([^，,。；;、（(]{2,12})[，,]/.exec(doc.s.slice(sentence.start, sentence.end));
  if (role) { const at = sentence.start + role.index + role[0].length - 1 - role[1].length; return { start: at, end: at + role[1].length }; }
  return undefined;
}

/**
 * "A、B、C分别持有公司4.12%、3.05%、2.47%的股份", "通过A、B分别控制8.34%和3.12%": holders listed before 分别
 * hold the percentages listed after the verb, in order; true when the sentence was read so.
 */
function respectiveStakes(doc: ExtractDoc, at: number, end: number): boolean {
  const clause = clauseAt(doc, at);
  const lead = doc.s.slice(clause.start, at);
  // "顺为资本和高瓴创投的持股比例分别为8.9%和7.4%": 分别 may follow the verb.
  const after = /^(?:比例)?(?:分别为|分别是|分别)/.test(doc.s.slice(end, end + 6)) ? /^(?:.*[，,：:])?(.+?)的$/.exec(lead) : null;
  const list = after ?? /^(?:.*通过|.*[，,：:])?(.+?)(?:目前|现)?分别(?:直接|间接)?$/.exec(lead);
  if (!list) return false;
  const holders = splitHolders(list[1]).map((h) => h.replace(/^(?:股东|机构|投资方|投资人)/, '')).filter((h) => h.length >= 2);
  if (holders.length < 2 || holders.some((h) => !plausibleName(h.replace(/[(（][^()（）]*[)）]/g, '')) || GENERIC_HOLDER.test(h))) return false;
  const pcts = doc.percents.filter((p) => p.start >= end && p.end <= clause.end && !p.change);
  if (pcts.length !== holders.length) return false;
  const object = doc.companies.mentionsIn({ start: end, end: pcts[0].start })[0];
  const entity = object?.entity ?? mainEntity(doc) ?? topicAt(doc, at);
  if (!entity) return false;
  const offset = clause.start + lead.indexOf(list[1]);
  holders.forEach((h, i) => {
    const from = doc.s.indexOf(h, offset);
    doc.facts.push({
      kind: 'shareholding', ...companyOf(doc, entity), holder: doc.text.slice(from, from + h.length), percent: pcts[i].value,
      source: sourceOf(doc, cover(clause, pcts[i])),
    } satisfies ShareholdingFact);
  });
  return true;
}

/** The names of a holder list (A、B和C), keeping brackets whole. */
function splitHolders(run: string): string[] {
  const out: string[] = [];
  let depth = 0; let start = 0;
  for (let i = 0; i <= run.length; i++) {
    const c = run[i];
    if (c === '（' || c === '(') depth++;
    if (c === '）' || c === ')') depth--;
    const joint = depth === 0 && i < run.length && (c === '、' || ((c === '和' || c === '及') && i - start >= 2 && run.length - i > 2));
    if (i === run.length || joint) { out.push(run.slice(start, i).trim()); start = i + 1; }
  }
  return out;
}

/** A holder's name: a plausible name, where a person's given name may end in 和 (邵景和), which in a run elsewhere is a conjunction. */
function plausibleHolder(name: string): boolean {
  return plausibleName(name) || (name.length >= 3 && name.endsWith('和') && plausibleName(name.slice(0, -1)));
}

/** The distinct holders the stakes told in the same paragraph before a sentence name, in order. */
function holdersBefore(doc: ExtractDoc, sentence: Span): string[] {
  const para = paragraphAt(doc, sentence.start);
  const told = doc.facts.filter((f): f is ShareholdingFact => f.kind === 'shareholding' && f.source.end <= sentence.start && (!para || f.source.start >= para.start));
  return [...new Set(told.map((f) => f.holder).filter(isPerson))];
}

/** Whether a holder reads as one person, not a pair, a firm or a vehicle (二人 means two people). */
function isPerson(holder: string): boolean {
  return !/[、和与及]|企业|合伙|公司|基金|投资|资本|平台|有限|集团|控股/.test(toHansAligned(holder));
}

// "陆某、陆某兄弟为公司控股股东…，二人合计…": the pair a kinship word or a controlling role names.
const NAMED_PAIR = /([\u3400-\u9fff]{2,4}(?:、|和|与|及)[\u3400-\u9fff]{2,4}?)(兄弟|兄妹|姐妹|姐弟|夫妇|夫妻|父子|父女|母子|母女)?(?=(?:二人|两人)?(?:为|是|系|共同为)[^，。；,;]{0,8}(?:实际控制人|控股股东|一致行动人))|([\u3400-\u9fff]{2,4}(?:、|和|与|及)[\u3400-\u9fff]{2,4}?(?:兄弟|兄妹|姐妹|姐弟|夫妇|夫妻|父子|父女|母子|母女))/g;

/** The pair a sentence (or the one before it) names as related or as controllers, as written. */
function pairNamedBefore(doc: ExtractDoc, sentence: Sentence, at: number): string | undefined {
  const i = doc.sentences.indexOf(sentence);
  const from = doc.sentences[Math.max(0, i - 1)].start;
  const found = [...doc.s.slice(from, at).matchAll(NAMED_PAIR)].pop();
  if (!found) return undefined;
  const start = from + found.index!;
  const text = found[3] ?? found[1] + (found[2] ?? '');
  // "实际控制人为蒋某、蒋某母女": the words before the first name are no part of the pair.
  const lead = /^[^、和与及]*?(?:为|是|系)(?=[\u3400-\u9fff]{2})/.exec(text)?.[0].length ?? 0;
  return doc.text.slice(start + lead, start + text.length);
}

// "股东名称｜持股比例" then "腾讯｜9.38%": a stake table told as lines of text.
const TABLE_ROW = /^\s*(?:[-•·*]\s*)?([^｜|\d%％\n]{2,40}?)\s*[｜|]\s*约?\s*(\d+(?:\.\d+)?)\s*[%％]\s*$/;

/** Reads the rows of a stake table (a line naming 股东 or 持股 heads it; each row a holder and its percentage). */
function readStakeTable(doc: ExtractDoc): void {
  let inTable = false;
  for (const p of doc.paragraphs) {
    const line = doc.s.slice(p.start, p.end);
    const row = TABLE_ROW.exec(line);
    if (!row) { inTable = /股东|持股|股权/.test(line) && line.length <= 60; continue; }
    if (!inTable) continue;
    const entity = mainEntity(doc) ?? topicAt(doc, p.start);
    const at = p.start + line.indexOf(row[1]);
    const holder = doc.text.slice(at, at + row[1].length).trim();
    if (!entity || !/^[\u3400-\u9fffA-Za-z（）()\s·&-]{2,40}$/.test(holder) || GENERIC_HOLDER.test(holder)) continue;
    doc.facts.push({ kind: 'shareholding', ...companyOf(doc, entity), holder, percent: Number(row[2]), source: sourceOf(doc, p) } satisfies ShareholdingFact);
  }
}

/** Finds stakes (`林某持有星衡医疗23.5%的股份`, `通过X间接控制公司5.76%的股权`, `X股份占比Y%`) with holder, company and percent. */
export function extractShareholdings(doc: ExtractDoc): void {
  for (const sentence of doc.sentences) {
    const seg = doc.s.slice(sentence.start, sentence.end);
    // The holders this sentence named, in order: "二人合计控制" is the last two together.
    const named: string[] = [];
    for (const m of seg.matchAll(HOLDS)) {
      const at = sentence.start + m.index!;
      const end = at + m[0].length;
      if (respectiveStakes(doc, at, end)) continue;
      const nextVerb = seg.slice(m.index! + m[0].length).search(HOLDS);
      const limit = nextVerb < 0 ? sentence.end : end + nextVerb;
      let pct = doc.percents.find((p) => p.start >= end && p.end <= limit);
      if (!pct) continue;
      // "持股比例由7.85%降至6.63%": the stake now is the one it changed to; the one it changed from was held too.
      const changed = doc.percents.find((p) => p.start > pct!.end && p.end <= limit && /^(?:降至|增至|升至|减至|提升至|下降至|上升至|增加至|减少至|摊薄至|稀释至|变为|调整为)(?:约|大约)?$/.test(doc.s.slice(pct!.end, p.start).trim()));
      const previous = changed ? pct : undefined;
      if (changed) pct = changed;
      const between = doc.s.slice(end, pct.start);
      const after = doc.s.slice(pct.end, Math.min(sentence.end, pct.end + 8));
      // 占比 alone is any share (收入占比); it is a stake only of 股份/股权.
      const share = /比例/.test(m[0]) || /^(?:股份|股权|持股)/.test(m[0]) || (!/占比/.test(m[0]) && (/股/.test(between + after + m[0]) || /表决权|权益/.test(after)))
        || (m[0] === '占比' && /股份|股权/.test(doc.s.slice(Math.max(sentence.start, at - 3), at)))
        // "创办人X持股31.2%，腾讯持有9.75%": in a list of stakes 持有 a bare percentage is one too.
        || (m[0] === '持有' && between.trim() === '' && /持股|股份|股权/.test(seg));
      if (!share || between.length > 40 || /[。；;]/.test(between)) continue;
      // Growth and change figures (同比增长 20%) are not stakes.
      if (pct.change) continue;
      // "持股5%以上股东": a threshold, no one's stake.
      if (/^\s*(?:以上|以下|及以上)/.test(doc.s.slice(pct.end, pct.end + 3))) continue;
      const clause = clauseAt(doc, at);
      // "持股5.36%的股东苏州某某控股股份有限公司": the holder is named after the stake.
      const namedAfter = m[0] === '持股' && /^的(?:股东|第[一二三四五六七八九十\d]+大股东)?$/.test(doc.s.slice(pct.end, pct.end + 6).replace(/[^的股东第一二三四五六七八九十\d大].*$/, ''))
        ? doc.companies.mentions.filter((x) => x.start >= pct.end && x.start - pct.end <= 8)
          .map((x) => (doc.s.startsWith('股东', x.start) ? { start: x.start + 2, end: x.end } : x))[0] : undefined;
      // "持股5.12%的股东北京某某创业投资中心（有限合伙）": a holder the rules do not know as a company is the run after 股东.
      const runAfter = !namedAfter && m[0] === '持股' ? /^的(?:股东|第[一二三四五六七八九十\d]+大股东)([\u3400-\u9fffA-Za-z]{2,30}(?:基金|公司|企业|中心|资本|投资|创投|集团)(?:[(（]有限合伙[)）])?)/.exec(doc.s.slice(pct.end, pct.end + 50)) : null;
      const fundAfter = runAfter ? { start: pct.end + runAfter[0].length - runAfter[1].length, end: pct.end + runAfter[0].length } : undefined;
      const holderSpan = namedAfter ?? fundAfter ?? holderBefore(doc, clause, at, sentence, m[0]);
      if (!holderSpan) continue;
      // "X、Y兄妹二人合计控制": the count after the named pair is no part of the holder.
      const counted = /.{4,}(?:二人|两人|三人)$/.test(doc.s.slice(holderSpan.start, holderSpan.end).trim()) ? { ...holderSpan, end: holderSpan.end - 2 } : holderSpan;
      const holderKey = doc.s.slice(counted.start, counted.end).trim().replace(/^[“"「]|[”"」]$/g, '');
      // "A直接持有…，其配偶B持有…，二人合计控制…": the pair holds together.
      // "A持有…。其配偶B持有…。二人合计控制…": the pair may have been named in the sentences before.
      const people = named.filter(isPerson);
      const earlier = PAIR.test(holderKey) && people.length < 2 ? holdersBefore(doc, sentence) : [];
      const both = people.length >= 2 ? people.slice(-2) : earlier.length >= 2 ? earlier.slice(-2) : undefined;
      const pair = PAIR.test(holderKey) ? (both ? `${both[0]}、${both[1]}` : pairNamedBefore(doc, sentence, at)) : undefined;
      if (!pair && (!plausibleHolder(holderKey) || holderKey.length > 40 || /[，,]/.test(holderKey) || GENERIC_HOLDER.test(holderKey) || /^的|^在|年度?$/.test(holderKey))) continue;
      // The held company: named right after the verb, or 公司 / the paragraph's company.
      const object = doc.companies.mentionsIn({ start: end, end: pct.start })[0];
      // Without one, the stake is in the company the article is about (not another holder named before).
      const entity = object?.entity ?? mainEntity(doc) ?? topicAt(doc, at);
      if (!entity) continue;
      if (doc.companies.find(holderKey) === entity) continue;
      const holder = pair ?? doc.text.slice(counted.start, counted.end).trim().replace(/^[“"「]|[”"」]$/g, '');
      if (!pair && !named.includes(holder)) named.push(holder);
      for (const stake of previous ? [previous, pct] : [pct]) {
        const fact: ShareholdingFact = {
          kind: 'shareholding', ...companyOf(doc, entity), holder, percent: stake.value,
          source: sourceOf(doc, cover(clause, pct, holderSpan)),
        };
        doc.facts.push(fact);
      }
    }
  }
  readStakeTable(doc);
}
