import type { ExtractDoc } from '../doc.js';
import { isInvestorName, isSecuritiesFirm } from '../lexicons/index.js';

/** Marks names that are never the subject of a step (securities firms, investment funds), so cues attach to the company beside them. */
export function markOtherParties(doc: ExtractDoc): void {
  for (const f of doc.firms) {
    const e = doc.companies.find(doc.s.slice(f.start, f.end));
    if (e) e.notSubject = true;
  }
  for (const entity of doc.companies.entities) {
    const keys = [...entity.names.keys()];
    if (keys.some((k) => isSecuritiesFirm(k)) || keys.every((k) => isInvestorName(k))) entity.notSubject = true;
  }
}
