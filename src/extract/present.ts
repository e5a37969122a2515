import type { Fact, Money } from '../core/types.js';
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

const CURRENCY_UNIT: Readonly<Record<string, string>> = { CNY: '元', HKD: '港元', USD: '美元', EUR: '欧元', JPY: '日元', GBP: '英镑' };

/** An amount as Chinese readers write it (`75亿元`, `3643.19万元`, `2100亿港元`), with its qualifier; never rounded beyond what was stated. */
export function formatMoney(m: Money): string {
  const unit = CURRENCY_UNIT[m.currency] ?? ` ${m.currency}`;
  const one = (v: number) => {
    const abs = Math.abs(v);
    if (abs >= 1e8) return `${+(v / 1e8).toPrecision(12)}亿${unit}`;
    if (abs >= 1e4) return `${+(v / 1e4).toPrecision(12)}万${unit}`;
    return `${v}${unit}`;
  };
  const q = m.qualifier === 'approx' ? '约' : m.qualifier === 'over' ? '超' : m.qualifier === 'under' ? '不到' : '';
  if (m.value !== undefined) return q + one(m.value);
  return `${q}${one(m.min ?? NaN)}至${one(m.max ?? NaN)}`;
}

/** One line saying what a fact states, for tables. */
export function describeFact(f: Fact): string {
  switch (f.kind) {
    case 'ipo': return [f.stage, f.venue, f.sponsors?.join('/'), f.raise && `募资${formatMoney(f.raise)}`].filter(Boolean).join(' ');
    case 'financing': return [f.round && `${f.round}轮`, f.amount && formatMoney(f.amount), f.investors?.join('、')].filter(Boolean).join(' ');
    case 'valuation': return `估值${formatMoney(f.amount)}${f.basis ? ` (${f.basis})` : ''}`;
    case 'market_cap': return `市值${formatMoney(f.amount)}`;
    case 'financial': return `${f.metric} ${f.period} ${formatMoney(f.value)}${f.forecast ? ' (预计)' : ''}`;
    case 'shareholding': return `${f.holder} ${f.percent}%`;
  }
}
