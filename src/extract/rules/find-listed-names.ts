import type { ExtractDoc } from '../doc.js';
import { industryEndingOf, legalFormOf, looksLikeShortName, trimLeft } from '../companies.js';

const SEPARATOR = /^(?:、|和|及|与)$/;
const RUN = /[\u3400-\u9fffA-Za-z]/;

/** The list item right of a separator: up to the next separator, else the longest prefix with an industry ending. */
function itemAfter(s: string, at: number): string | undefined {
  let end = at;
  while (end < s.length && end - at < 8 && RUN.test(s[end])) end++;
  let run = s.slice(at, end);
  // 和/及/与 end an item only past its first two characters (永和电气 is one name).
  const joint = run.slice(2).search(/和|及|与/);
  if (joint >= 0) { run = run.slice(0, joint + 2); end = at + run.length; }
  if (SEPARATOR.test(s[end] ?? '') || /[，,。；;：:\s)）]/.test(s[end] ?? '')) return run;
  for (let n = run.length; n >= 3; n--) if (industryEndingOf(run.slice(0, n))) return run.slice(0, n);
  return undefined;
}

/** Names listed beside a known company (`青禾智造、星衡医疗、远帆储能`) are companies too: a list of names holds names. */
export function findListedNames(doc: ExtractDoc): void {
  // Short names and registered names alike stand in lists ("甬瓴电子和江西某某科技股份有限公司均获审议通过").
  const keys = doc.companies.entities.filter((e) => !e.notSubject).flatMap((e) => [...e.names.keys()]).filter((k) => k.length >= 2 && (k.length <= 8 || legalFormOf(k)));
  for (const key of keys) {
    for (let i = doc.s.indexOf(key); i >= 0; i = doc.s.indexOf(key, i + key.length)) {
      // Walk right: KEY、X、Y
      let at = i + key.length;
      while (SEPARATOR.test(doc.s[at] ?? '')) {
        const name = itemAfter(doc.s, at + 1);
        if (!name || name.length < 2 || name.length > 6 || !looksLikeShortName(name)) break;
        if (!doc.companies.find(name)) doc.companies.add({ start: at + 1, end: at + 1 + name.length }, 'subject');
        at += 1 + name.length;
      }
      // Walk left: X、Y、KEY
      let from = i;
      while (SEPARATOR.test(doc.s[from - 1] ?? '')) {
        let start = from - 1;
        while (start > 0 && from - 1 - start < 10 && RUN.test(doc.s[start - 1]) && doc.s[start - 1] !== '、') start--;
        const name = trimLeft(doc.s.slice(start, from - 1));
        // A longer item is a name only with an industry ending (上海某某心脉医疗).
        if (name.length < 2 || name.length > (industryEndingOf(name) ? 8 : 6) || !looksLikeShortName(name)) break;
        const nameStart = from - 1 - name.length;
        if (!doc.companies.find(name)) doc.companies.add({ start: nameStart, end: from - 1 }, 'subject');
        from = nameStart;
      }
    }
  }
}
