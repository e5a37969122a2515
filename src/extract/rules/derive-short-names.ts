import type { ExtractDoc } from '../doc.js';
import { coreOf, industryEndingOf, isShortening, legalFormOf, looksLikeShortName } from '../companies.js';

/** Joins short names the text uses for a registered name (`上海澄光科技股份有限公司` → `澄光科技`, `澄光`) to the same company. */
export function deriveShortNames(doc: ExtractDoc): void {
  for (const entity of [...doc.companies.entities]) {
    for (const key of [...entity.names.keys()]) {
      if (!legalFormOf(key)) continue;
      const core = coreOf(key);
      if (core.length < 2) continue;
      const head = core.slice(0, 2);
      for (let i = doc.s.indexOf(head); i >= 0; i = doc.s.indexOf(head, i + 1)) {
        let end = i + 2;
        while (end < doc.s.length && end - i < core.length && isShortening(doc.s.slice(i, end + 1), core)) end++;
        let name = doc.s.slice(i, end);
        // "云岫光电科创板": a name cut inside its industry ending (科 of 科技) ends before it.
        if (core.startsWith(name) && name.length < core.length) {
          const ending = industryEndingOf(core);
          const at = core.length - ending.length;
          // "沚芯微" keeps the 微 of 微电子: XX微 is itself a usual short name.
          if (ending && name.length > at && name.length < core.length && !industryEndingOf(name) && !(ending.startsWith('微') && name.length === at + 1)) name = name.slice(0, at);
        }
        end = i + name.length;
        // Inside the registered name itself, or a longer word: not a separate short name.
        if (doc.s.slice(i, i + key.length) === key || doc.s.slice(i - 10 < 0 ? 0 : i - 10, i + key.length).includes(key)) continue;
        if (!looksLikeShortName(name)) continue;
        if (name.length === 2 && doc.s.split(name).length - 1 < 3) continue;
        const owner = doc.companies.find(name);
        // A name another registered company owns is not this one's; a bare subject name joins it.
        if (owner && owner !== entity && [...owner.names.keys()].some((k) => legalFormOf(k))) continue;
        // "云帆" shortens "合肥云帆集成电路" but begins "云帆科技", another company here: ambiguous, left alone.
        if (doc.companies.entities.some((e) => e !== entity && e !== owner && [...e.names.keys()].some((k) => k.length > name.length && k.startsWith(name) && !isShortening(k, core)))) continue;
        doc.companies.add({ start: i, end }, 'derived', entity);
      }
    }
  }
}

/** Joins the stem of a short name with an industry ending (`澄光科技` → `澄光`) where the text uses the stem alone. */
export function deriveStems(doc: ExtractDoc): void {
  for (const entity of [...doc.companies.entities]) {
    for (const key of [...entity.names.keys()]) {
      if (legalFormOf(key)) continue;
      const ending = industryEndingOf(key);
      const stem = key.slice(0, key.length - ending.length);
      if (!ending || stem.length < 2 || !looksLikeShortName(stem) || doc.companies.find(stem)) continue;
      for (let i = doc.s.indexOf(stem); i >= 0; i = doc.s.indexOf(stem, i + 1)) {
        if (doc.s.startsWith(key, i)) continue;
        // The stem must stand alone: not followed by more name characters that make another word.
        const next = doc.s[i + stem.length] ?? '';
        if (/[\u3400-\u9fff]/.test(next) && !/[登于在已的是与和及、首上市拟将成为也则却并还从向获完等此本今近曾目计预称宣]/.test(next)) continue;
        doc.companies.add({ start: i, end: i + stem.length }, 'derived', entity);
      }
    }
  }
}
