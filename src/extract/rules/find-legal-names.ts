import type { ExtractDoc } from '../doc.js';
import { legalFormOf, nameStartIn, scanNameLeft } from '../companies.js';
import { COMPANY_WORDS } from '../lexicons/words.js';

const FORMS = COMPANY_WORDS.legalForms.list.filter((f) => /[\u3400-\u9fff]/.test(f));
const FORM_RE = new RegExp(FORMS.sort((a, b) => b.length - a.length).map((f) => f.replace(/[()（）]/g, '\\$&')).join('|'), 'g');

/** Finds registered names (`…股份有限公司`, `…(上海)…有限公司`) by scanning left from their legal form to the phrase before them. */
export function findLegalNames(doc: ExtractDoc): void {
  for (const m of doc.s.matchAll(FORM_RE)) {
    const end = m.index! + m[0].length;
    // "股份有限公司" inside "集团股份有限公司" is found once, at the longer form.
    if (legalFormOf(doc.s.slice(Math.max(0, end - 10), end)) !== m[0] && m[0] !== '有限公司') continue;
    const runStart = scanNameLeft(doc.s, m.index!);
    const start = nameStartIn(doc.s, runStart, m.index!);
    if (m.index! - start < 2) continue;
    doc.companies.add({ start, end }, 'legal');
  }
}
