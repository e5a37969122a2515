import type { ExtractDoc } from '../doc.js';
import { investorRoleAt, isInvestorName, isSecuritiesFirm } from '../lexicons/index.js';

const escape = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Marks names that are never the subject of a step (securities firms, investment funds), so cues attach to the company beside them. */
export function markOtherParties(doc: ExtractDoc): void {
  for (const f of doc.firms) {
    const e = doc.companies.find(doc.s.slice(f.start, f.end));
    if (e) e.notSubject = true;
  }
  for (const entity of doc.companies.entities) {
    const keys = [...entity.names.keys()];
    // Funds and investment partnerships (…股权投资合伙企业(有限合伙)) hold and invest; they do not list.
    const fund = keys.some((k) => /合伙企业|投资基金|产业基金|股权投资|创业投资|资产管理|投资管理/.test(k));
    if (keys.some((k) => isSecuritiesFirm(k)) || keys.every((k) => isInvestorName(k)) || fund) entity.notSubject = true;
  }
  // "由淡马锡领投、高瓴跟投": a name the text only ever gives an investor's role is an investor, whatever its ending.
  for (const entity of doc.companies.entities) {
    const spans = [...entity.names.keys()].flatMap((k) => [...doc.s.matchAll(new RegExp(escape(k), 'g'))].map((m) => m.index! + k.length));
    if (spans.length && spans.every((end) => investorRoleAt(doc.s, end))) entity.notSubject = true;
  }
}
