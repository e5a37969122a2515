import type { ExtractDoc } from '../doc.js';
import { industryEndingOf, nameStartIn, plausibleName, scanNameLeft } from '../companies.js';

// Words that follow a company named as the subject of listing, funding or results news.
const SUBJECT_CUE = /(?:科创板|创业板|北交所|港股|美股|赴港|IPO|首发|递交|递表|登陆|挂牌|宣布|发布|公布|实现|营收|营业收入|总收入|净利|净亏|成立于|已于|于\d|于20|正式|首次|再次|拟|此次|本次|上市首日|股价|完成|获得|获[\dA-Z]|[\d.]+亿|持续|现价|旗下|创始人|董事长)/g;
const HAN_RUN = /^[\u3400-\u9fffA-Za-z]+$/;

/** Finds short names standing as the subject before a listing, funding or results cue (`摩尔线程已于…登陆科创板`). */
export function findSubjectNames(doc: ExtractDoc): void {
  const title = doc.s.slice(doc.article.titleSpan.start, doc.article.titleSpan.end);
  for (const m of doc.s.matchAll(SUBJECT_CUE)) {
    const end = m.index!;
    const runStart = scanNameLeft(doc.s, end, 12);
    const start = nameStartIn(doc.s, runStart, end);
    const name = doc.s.slice(start, end);
    if (name.length < 2 || name.length > 8 || !HAN_RUN.test(name) || !plausibleName(name)) continue;
    if (/^[A-Za-z]+$/.test(name) && name.length < 3) continue;
    if (doc.companies.find(name)) { doc.companies.add({ start, end }, 'subject'); continue; }
    const repeated = countOf(doc.s, name) >= 2;
    const ending = industryEndingOf(name) !== '';
    if ((ending && name.length <= 8) || (repeated && name.length <= 6 && /[\u3400-\u9fff]/.test(name)) || (title.includes(name) && name.length <= 6)) {
      doc.companies.add({ start, end }, 'subject');
    }
  }
}

function countOf(s: string, sub: string): number {
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0 && n < 3; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}
