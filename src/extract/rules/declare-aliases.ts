import type { ExtractDoc } from '../doc.js';
import type { Entity } from '../companies.js';
import { industryEndingOf, legalFormOf, looksLikeShortName, nameStartIn, scanNameLeft } from '../companies.js';

// (以下简称“X”), (简称:X), (下称「X」), 以下简称X — possibly after an English name or a stock code inside the same parentheses.
const DECLARATION = /[(（]\s*(?:[A-Za-z][A-Za-z0-9 .,&'-]*[,，;；]\s*)?(?:以下|下文)?(?:简称|下称|称)\s*[:：]?\s*[“"「『']?([^”"」』'，,)）:：]{2,20})[”"」』']?\s*(?:[,，;；][^)）]{0,30})?[)）]/g;
// NAME(09868), NAME(02577.HK), NAME(NASDAQ:HSAI), NAME（2591）, NAME(833533), NAME(430685.BJ)
const CODE = /[(（]\s*(?:(?:NASDAQ|NYSE|HK|SH|SZ|BJ|港股|股票代码|证券代码|代码)\s*[:：]?\s*)?(?:\d{4,6}(?:\.(?:HK|SH|SZ|BJ|OC)|-(?:CN|HK|US|TW))?|[A-Z]{2,5})\s*[)）]/g;
// NAME(Lumora), NAME(Vexa Inc.), NAME(Halcyon Robotics Technology, …)
const ENGLISH = /[(（]\s*([A-Z][A-Za-z0-9&.\- ]{1,40}?)\s*(?:[,，][^)）]*)?[)）]/g;

function nameBefore(doc: ExtractDoc, at: number): { start: number; end: number } | undefined {
  let end = at;
  while (end > 0 && /\s/.test(doc.s[end - 1])) end--;
  const runStart = scanNameLeft(doc.s, end);
  const start = nameStartIn(doc.s, runStart, end);
  return end - start >= 2 ? { start, end } : undefined;
}

/** Joins the names an article declares for a company: `X(以下简称“Y”)`, `X(Lumora)`, `X(09868.HK)`. */
export function declareAliases(doc: ExtractDoc): void {
  for (const m of doc.s.matchAll(DECLARATION)) {
    const span = nameBefore(doc, m.index!);
    const aliasStart = m.index! + m[0].indexOf(m[1], m[0].search(/简称|下称|称/));
    const alias = { start: aliasStart, end: aliasStart + m[1].trim().length };
    const aliasKey = doc.s.slice(alias.start, alias.end);
    const named = span ? doc.s.slice(span.start, span.end) : '';
    // A declared short form names a company only when it or its full form reads like one (not 《办法》, 报告).
    if (/[《》]/.test(aliasKey) || (!legalFormOf(named) && !looksLikeShortName(aliasKey))) continue;
    let entity: Entity | undefined = span ? doc.companies.add(span, 'declared') : undefined;
    entity = doc.companies.add(alias, 'declared', entity);
    // An English name inside the same parentheses belongs to the company too.
    const en = /^[(（]\s*([A-Za-z][A-Za-z0-9 .&'-]*?)\s*[,，;；]/.exec(m[0]);
    if (en && entity) {
      const at = m.index! + m[0].indexOf(en[1]);
      doc.companies.add({ start: at, end: at + en[1].length }, 'english', entity);
    }
  }
  for (const m of doc.s.matchAll(CODE)) {
    const span = nameBefore(doc, m.index!);
    // "热压键合（TCB）": letters alone, with no exchange named, are a ticker only after a name with an industry ending.
    const lettersOnly = /^[(（]\s*[A-Z]{2,5}\s*[)）]$/.test(m[0]);
    if (lettersOnly && span && !industryEndingOf(doc.s.slice(span.start, span.end))) continue;
    if (span && span.end - span.start <= 12 && looksLikeShortName(doc.s.slice(span.start, span.end))) doc.companies.add(span, 'coded');
  }
  for (const m of doc.s.matchAll(ENGLISH)) {
    if (/^(?:IPO|ADS|H股|A股|CEO|CFO|AI|GPU|NASDAQ|NYSE|HK|ASP|GMV|Pre-IPO|FY)/.test(m[1])) continue;
    // An all-capital short acronym after a term (脑机接口(BCI)) names the term, not a company.
    if (/^[A-Z]{2,4}$/.test(m[1].trim()) && !industryEndingOf(doc.s.slice(nameBefore(doc, m.index!)?.start ?? m.index!, m.index!))) continue;
    // "抗体偶联药物（ADC）研发商X": an acronym a descriptor follows is the field the company works in.
    if (/^[A-Z]{2,5}$/.test(m[1].trim()) && /^(?:研发商|[^，。；,;]{0,4}(?:企业|公司|厂商|初创|龙头|赛道|领域|药企))/.test(doc.s.slice(m.index! + m[0].length))) continue;
    const span = nameBefore(doc, m.index!);
    if (!span || span.end - span.start > 12 || !looksLikeShortName(doc.s.slice(span.start, span.end))) continue;
    const entity = doc.companies.add(span, 'coded');
    const at = m.index! + m[0].indexOf(m[1]);
    if (entity) doc.companies.add({ start: at, end: at + m[1].length }, 'english', entity);
  }
}
