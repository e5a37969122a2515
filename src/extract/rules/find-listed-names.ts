import type { ExtractDoc } from '../doc.js';
import { looksLikeShortName } from '../companies.js';

const SEPARATOR = /^(?:、|和|及|与|以及)$/;
const RUN = /[\u3400-\u9fffA-Za-z]/;

/** Names listed beside a known company (`摩尔线程、沐曦股份、壁仞科技`) are companies too: one a list item, a list of names. */
export function findListedNames(doc: ExtractDoc): void {
  const keys = doc.companies.entities.filter((e) => !e.notSubject).flatMap((e) => [...e.names.keys()]).filter((k) => k.length >= 2 && k.length <= 8);
  for (const key of keys) {
    for (let i = doc.s.indexOf(key); i >= 0; i = doc.s.indexOf(key, i + key.length)) {
      // Walk right: KEY、X、Y
      let at = i + key.length;
      while (SEPARATOR.test(doc.s[at] ?? '')) {
        let end = at + 1;
        while (end < doc.s.length && end - at <= 8 && RUN.test(doc.s[end])) end++;
        const name = doc.s.slice(at + 1, end);
        if (name.length < 2 || name.length > 6 || !looksLikeShortName(name)) break;
        if (!doc.companies.find(name)) doc.companies.add({ start: at + 1, end }, 'subject');
        at = end;
      }
      // Walk left: X、Y、KEY
      let from = i;
      while (SEPARATOR.test(doc.s[from - 1] ?? '')) {
        let start = from - 1;
        while (start > 0 && from - 1 - start < 8 && RUN.test(doc.s[start - 1])) start--;
        const name = doc.s.slice(start, from - 1);
        if (name.length < 2 || name.length > 6 || !looksLikeShortName(name)) break;
        if (!doc.companies.find(name)) doc.companies.add({ start, end: from - 1 }, 'subject');
        from = start;
      }
    }
  }
}
