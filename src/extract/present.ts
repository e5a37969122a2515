import type { Fact } from '../core/types.js';
import { convertScript } from '../text/index.js';

/** A fact with its names (company, aliases, sponsors, investors, holder) in the asked script; the quote stays exact. */
export function convertFactScript(fact: Fact, to: 'hans' | 'hant'): Fact {
  const c = (s: string) => convertScript(s, { to });
  const out: Record<string, unknown> = { ...fact, company: c(fact.company), company_aliases: fact.company_aliases.map(c) };
  if (fact.kind === 'ipo' && fact.sponsors) out.sponsors = fact.sponsors.map(c);
  if (fact.kind === 'financing' && fact.investors) out.investors = fact.investors.map(c);
  if (fact.kind === 'shareholding') out.holder = c(fact.holder);
  return out as unknown as Fact;
}
