import type { ShareholdingFact } from '../../core/types.js';
import { topicAt, type ExtractDoc } from '../doc.js';
import { clauseAt, companyOf, cover, sourceOf } from '../emit.js';
import { plausibleName } from '../companies.js';

// 持有 / 持股 / 控制 / 支配 … X% (的股份|股权|表决权)
const HOLDS = /(?:持有|持股|控制了?|支配|拥有)/g;
const ADVERBS = /(?:直接和通过|直接或间接|直接|间接|合计|共同|累计|实际|可以|分别|均|已|约|目前|现|仍|将|共|一并|总计)+$/;
const HOLDER_CUT = /^.*(?:配偶|其中|此外|同时|而|则|其|以及|并|且|通过)/;

/** Finds stakes (`陈天石持有寒武纪29.63%的股份`, `通过X间接控制公司5.76%的股权`) with holder, company and percent. */
export function extractShareholdings(doc: ExtractDoc): void {
  for (const sentence of doc.sentences) {
    const seg = doc.s.slice(sentence.start, sentence.end);
    for (const m of seg.matchAll(HOLDS)) {
      const at = sentence.start + m.index!;
      const end = at + m[0].length;
      const nextVerb = seg.slice(m.index! + m[0].length).search(HOLDS);
      const limit = nextVerb < 0 ? sentence.end : end + nextVerb;
      const pct = doc.percents.find((p) => p.start >= end && p.end <= limit);
      if (!pct) continue;
      const between = doc.s.slice(end, pct.start);
      const after = doc.s.slice(pct.end, Math.min(sentence.end, pct.end + 8));
      if (!/股/.test(between + after + m[0]) && !/表决权/.test(after)) continue;
      if (between.length > 40 || /[。；;]/.test(between)) continue;
      const clause = clauseAt(doc, at);
      const lead = doc.s.slice(clause.start, at);
      let holderSpan: { start: number; end: number } | undefined;
      const via = /通过(.{2,20}?)(?:间接|直接|合计)?$/.exec(lead);
      if (via && !/^(?:直接|间接)/.test(via[1])) {
        const start = clause.start + via.index + 2;
        holderSpan = { start, end: start + via[1].replace(ADVERBS, '').length };
      } else {
        const trimmed = lead.replace(ADVERBS, '');
        const cut = HOLDER_CUT.exec(trimmed);
        const start = clause.start + (cut ? cut[0].length : 0);
        holderSpan = { start, end: clause.start + trimmed.length };
      }
      const holderKey = doc.s.slice(holderSpan.start, holderSpan.end).trim();
      if (!plausibleName(holderKey) || holderKey.length > 30 || /[，,]/.test(holderKey)) continue;
      // The held company: named right after the verb, or 公司 / the paragraph's company.
      const object = doc.companies.mentionsIn({ start: end, end: pct.start })[0];
      const entity = object?.entity ?? topicAt(doc, at);
      if (!entity) continue;
      const holder = doc.text.slice(holderSpan.start, holderSpan.end).trim();
      if (doc.companies.find(holderKey) === entity) continue;
      const fact: ShareholdingFact = {
        kind: 'shareholding', ...companyOf(doc, entity), holder, percent: pct.value,
        source: sourceOf(doc, cover(clause, pct)),
      };
      doc.facts.push(fact);
    }
  }
}
