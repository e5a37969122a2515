import type { Span } from '../../core/types.js';
import type { ExtractDoc } from '../doc.js';
import { industryEndingOf, looksLikeShortName, nameStartIn, scanNameLeft, trimLeft } from '../companies.js';

// Words that follow a company named as the subject of listing, funding or results news.
const SUBJECT_CUE = /(?:招股|定价|现时|市值|收益|溢利|提交注册|本月|上月|去年|今年|同日|当日|当天|主要|上市时|首日|于今年|于去年|于本月|又|再度|此前|今日|昨日|昨晚|今早|今晨|今天|上周|本周|近日|日前|共完成|发公告|刊发|前三季度|上半年|一季度|第[一二三四]季度|年初至|全年|仍未|尚未|在(?:三季报|年报|半年报|中报|一季报|财报|公告|招股书)|上市(?=[，,。])|[,，](?:曾|据传|据悉|已于|已在|并未|亦|当年|同年)|成为|发行上市|的首发|首发上市|\d{4}\s?年|(?:Pre-)?[A-H]\+*轮|天使轮|曾于|曾在|曾经|在科创板|在创业板|在北交所|在上交所|在深交所|在主板|在纳斯达克|在纳指|在港|在香港|在纽|在美|被否|过会|获受理|获得受理|上会|暂缓|终止|撤回|收到|经历|回复|通过|于近日|于(?:北京|美东|美国|香港|当地)时间|均于|也从|的保荐|的IPO|的上市|\d+家企业|[\d一二三]家|科创板|创业板|北交所|港股|美股|赴港|IPO|首发|递交|递表|登陆|挂牌|宣布|发布|公布|实现|营收|营业收入|总收入|净利|净亏|成立于|已于|于\d|于20|正式|首次|再次|(?<![模虚])拟|计划(?=以|于|在|赴|登陆|发行)|已?启动|拿到|领到|获审议|获批|获准|转板|依据第|根据第|向(?=港交所|联交所|上交所|深交所|北交所|美国证券交易委员会|美国证监会|SEC|证监会)|以每股|第[一二三四五六七八九十\d]+(?:度|次)(?=向|递|冲刺|申请|赴|提交)|录得|的招股书|的招股说明书|披露|公告称|创立于|主营|总部位于|专注于|致力于|[,，](?=\d{1,2}月(?:\d{1,2}日)?(?:完成|获得|获|宣布|递交|通过|登陆|挂牌|上市))|为(?=人民币[\d.]+|[\d.]+(?:亿|万)(?:元|美元|港元))|同期(?=营收|营业收入|收入|归母|净利|净亏|亏损|收益|股东应占)|则(?=亏损|盈利|净亏|实现|录得)|的(?:科创板|创业板|北交所|主机板|主板|港股)(?:IPO|上市)申请|年度收益|股东应占|累计营收|累计营业收入|此次|本次|上市首日|股价|完成|获得|获[\dA-Z]|[\d.]+亿|现价|旗下|创始人|董事长|\s*[(（]\d{4,6})/g;
// Places where news puts a company's name whatever follows it (the run is cut at its descriptor: 储能系统商X → X).
const NAME_SLOTS: readonly RegExp[] = [
  // "继X之后，Y也…": X took the step Y takes, so X is a company like Y.
  /继([\u3400-\u9fffA-Za-z]{2,10})之后[，,][^。；;]{0,24}也/g,
  // "同日递表的还有…企业X，": the others that took the same step.
  /的还有([\u3400-\u9fffA-Za-z]{2,24})[，,。；;]/g,
  // "至于…公司X，其…": a new topic of a brief.
  /(?:^|[。；;\n])\s*(?:至于|另外|另一家)([\u3400-\u9fffA-Za-z]{2,24})[，,]/g,
  // "同为科创板光学企业的X，2025年营业收入为…": a peer described, then its figures.
  /的([\u3400-\u9fffA-Za-z]{2,8})[，,](?=[^。；;]{0,12}(?:\d{4}\s?年|营业收入|营收|收入|净利|亏损|市值|股价|收报))/g,
  // "同业方面，X（…）早前公布…": a peer brought in.
  /(?:同业|同行)(?:方面)?[，,：:]?\s*([\u3400-\u9fffA-Za-z]{2,12})(?=[（(，,]|早前|此前|同日|亦|也|则|今年|去年)/g,
];
// "分别为深市主板新股X和北交所新股Y", "包括…器械商X": the items of a list a count announced.
const LIST_SLOT = /(?:分别为|分别是|包括)([\u3400-\u9fffA-Za-z、]{2,60})(?=[，,。；;]|$)/g;
// "A、B、C的营业收入分别为…", "A、B均已披露年报": names listed before a figure or a shared verb (each needs its industry ending).
const LISTED_SLOT = /((?:[\u3400-\u9fffA-Za-z]{2,12}、)+[\u3400-\u9fffA-Za-z]{2,12}(?:(?:和|及|与)[\u3400-\u9fffA-Za-z]{2,12})?)(?=的(?:营业收入|营收|归母净利润|净利润|总市值|市值)|均|都|分别)/g;
// "上市委审议通过了X、Y的发行上市申请": what a review passed or a body accepted are applicants.
const APPLICANT_SLOT = /(?:审议通过了?|审议了?|受理了?|同意了?|否决了?)([\u3400-\u9fffA-Za-z、和及与]{2,60}?)的(?:首发|首次公开发行|发行上市|IPO|上市|首发上市)/g;
const HAN_RUN = /^[\u3400-\u9fffA-Za-z]+$/;
// "X宣布完成…", "X于2021年4月登陆纳斯达克": a clause-opening name followed by the news verb.
const OPENING_VERB = /^(?:已|正式|将|于|在)?(?:[\d\s年月日]{0,12})?(?:宣布|完成|获得|递交|登陆|挂牌|正式)/;
const DESCRIBED = /(?:上市公司|挂牌公司|新三板公司|公司|企业的?|厂商|龙头|独角兽|服务商|供应商|制造商|方案商|运营商|芯片商|晶片商|新股|品牌|的)$/;

/** The items of a run listed with 、 and with 和/及/与 between two items of two characters or more (永和电气 stays one). */
function listItems(run: string): { text: string; end: number }[] {
  const out: { text: string; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= run.length; i++) {
    const joint = i < run.length && '和及与'.includes(run[i]) && i - start >= 2 && run.length - i > 2;
    if (i === run.length || run[i] === '、' || joint) {
      out.push({ text: run.slice(start, i), end: i });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Finds short names standing as the subject before a listing, funding or results cue
 * (`星衡医疗已于…登陆科创板`). A run counts as a name when it carries an industry
 * ending (科技, 生物…), or stands before cues at least twice, or in the title.
 */
export function findSubjectNames(doc: ExtractDoc): void {
  const title = doc.article.titleSpan;
  const seen = new Map<string, Span[]>();
  const described = new Set<string>();
  for (const m of doc.s.matchAll(SUBJECT_CUE)) {
    // "沅澍半導體 2025 年營收" (Taiwan spacing): a space between the name and its cue is no part of either.
    let end = m.index!;
    while (end > 0 && doc.s[end - 1] === ' ') end--;
    const runStart = scanNameLeft(doc.s, end, 24);
    // "璘某科技释出2025年业绩快报": a verb of telling after a name with its industry ending is no part of it.
    const told = /(?:释出|发布|公布|披露|推出|发出)$/.exec(doc.s.slice(runStart, end));
    if (told && industryEndingOf(doc.s.slice(runStart, end - told[0].length))) end -= told[0].length;
    const start = nameStartIn(doc.s, runStart, end);
    let name = doc.s.slice(start, end);
    // "澄光科技IPO获受理": the market word after a name is not part of it.
    const tail = /(?:IPO|A股|H股|港股|美股)$/.exec(name);
    if (tail) name = name.slice(0, -tail[0].length);
    // "X就宣布", "X也完成": an adverb between subject and verb is not part of the name.
    // "X则在前三季度…": adverbs (and 在/于 after them) between subject and cue are not part of the name.
    while (name.length > 2 && /[就也已还则又便才都均亦将曾正再共]$|(?<=[就也已还则又便才都均亦将曾正再共])[在于]$/.test(name)) name = name.slice(0, -1);
    // "X本周完成…": a time word between subject and verb is not part of the name.
    name = name.replace(/(?:本周|本月|今日|今天|近日|日前|昨日|昨天|上周|上月|今年|去年|本轮|今起|明起|即日起)$/, '');
    // "X总市值…": 总 (流通) belongs to the figure's word, not to the name.
    if (doc.s.startsWith('市值', end)) name = name.replace(/(?:总|流通)$/, '');
    if (name.length < 2 || name.length > (/^[A-Za-z]+$/.test(name) ? 24 : 8) || !HAN_RUN.test(name)) continue;
    if (/^[A-Za-z]+$/.test(name) && name.length < 3) continue;
    // "A股上市公司X", "自动驾驶企业的X": a descriptor right before the run says it names a company.
    if (DESCRIBED.test(doc.s.slice(Math.max(0, start - 6), start))) described.add(name);
    seen.set(name, [...(seen.get(name) ?? []), { start, end: start + name.length }]);
  }
  const slotted: { run: string; end: number; any: boolean }[] = [];
  for (const slot of NAME_SLOTS) {
    for (const m of doc.s.matchAll(slot)) slotted.push({ run: m[1], end: m.index! + m[0].indexOf(m[1]) + m[1].length, any: slot === NAME_SLOTS[0] });
  }
  for (const m of doc.s.matchAll(LIST_SLOT)) {
    const at = m.index! + m[0].indexOf(m[1]);
    for (const item of listItems(m[1])) slotted.push({ run: item.text, end: at + item.end, any: false });
  }
  for (const m of doc.s.matchAll(LISTED_SLOT)) {
    const at = m.index! + m[0].indexOf(m[1]);
    for (const item of listItems(m[1])) slotted.push({ run: item.text, end: at + item.end, any: false });
  }
  for (const m of doc.s.matchAll(APPLICANT_SLOT)) {
    const at = m.index! + m[0].indexOf(m[1]);
    for (const item of listItems(m[1])) slotted.push({ run: item.text, end: at + item.end, any: true });
  }
  for (const { run, end, any } of slotted) {
    const name = trimLeft(run);
    // A slot holds a name with an industry ending, or one its descriptor introduces.
    const descriptor = run.length > name.length && DESCRIBED.test(run.slice(0, -name.length));
    if (name.length >= 2 && name.length <= 8 && looksLikeShortName(name) && (industryEndingOf(name) || descriptor || any)) {
      seen.set(name, [...(seen.get(name) ?? []), { start: end - name.length, end }]);
      if (descriptor || any) described.add(name);
    }
  }
  const known = [...doc.companies.entities.flatMap((e) => [...e.names.keys()]), ...[...seen.keys()].filter((k) => industryEndingOf(k))];
  const fuller: [string, Span[]][] = [];
  for (const [name, spans] of seen) {
    if (!doc.companies.find(name) && !looksLikeShortName(name)) continue;
    // "澄光科技一举": a known name with words after it is that name, not a new one; "澄光" then "澄光科技": the same company's fuller name.
    const shorter = known.find((k) => k.length >= 2 && k !== name && name.startsWith(k));
    if (shorter) { if (industryEndingOf(name) === name.slice(shorter.length)) fuller.push([shorter, spans]); continue; }
    const inTitle = spans.some((x) => x.start >= title.start && x.end <= title.end);
    const ending = industryEndingOf(name) !== '';
    const latin = /^[A-Z][A-Za-z]{3,}$/.test(name);
    // A name opening its clause right before 宣布/完成/递交/登陆… is that news's subject even when said once.
    const opens = spans.some((x) => OPENING_VERB.test(doc.s.slice(x.end, x.end + 16)) && (x.start === 0 || /[，,。；;：:\s“”"（(]/.test(doc.s[x.start - 1])));
    if (doc.companies.find(name) || ending || latin || spans.length >= 2 || inTitle || ((opens || described.has(name)) && name.length >= 3 && name.length <= 6)) {
      for (const span of spans) doc.companies.add(span, 'subject');
    }
  }
  for (const [shorter, spans] of fuller) {
    const entity = doc.companies.find(shorter);
    if (entity) for (const span of spans) doc.companies.add(span, 'subject', entity);
  }
}
