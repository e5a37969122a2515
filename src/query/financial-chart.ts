// The series a revenue / net-profit chart draws from a company's figure
// table: one value per period and metric, in 亿 (or 万 for small companies)
// of one currency.
import type { Metric, Money } from '../core/types.js';
import type { FinancialTable } from './company-profile.js';
import { currencyUnit } from './labels.js';

/** One metric's values by period (`null` where no source states one in the chart's currency). */
export interface ChartSeries {
  readonly metric: Metric;
  readonly label: string;
  readonly values: readonly (number | null)[];
}

/** What a revenue / net-profit chart draws. */
export interface FinancialChart {
  readonly periods: readonly { readonly period: string; readonly label: string }[];
  readonly currency: string;
  /** Axis unit, e.g. `亿元` or `万元`. */
  readonly unit: string;
  readonly series: readonly ChartSeries[];
}

const REVENUE: readonly Metric[] = ['revenue', 'main_revenue'];
const PROFIT: readonly Metric[] = ['net_profit', 'net_profit_attributable', 'net_profit_deducted'];

// A range is drawn at its middle; the table beside the chart states it exactly.
function amount(m: Money): number | null {
  if (m.value !== undefined) return m.value;
  if (m.min !== undefined && m.max !== undefined) return (m.min + m.max) / 2;
  return null;
}

/** Revenue (or main revenue where no revenue is stated) and the net-profit metrics as chart series; undefined when nothing can be drawn. */
export function financialChart(table: FinancialTable): FinancialChart | undefined {
  const reported = table.rows.filter((r) => !r.forecast);
  const revenue = REVENUE.map((m) => reported.find((r) => r.metric === m)).find((r) => r !== undefined);
  const rows = [...(revenue ? [revenue] : []), ...reported.filter((r) => PROFIT.includes(r.metric))];
  // One currency per chart: the one most cells state (CNY on ties).
  const counts = new Map<string, number>();
  for (const r of rows) for (const vs of Object.values(r.cells)) for (const v of vs) counts.set(v.value.currency, (counts.get(v.value.currency) ?? 0) + 1);
  if (counts.size === 0) return undefined;
  const currency = [...counts].sort((a, b) => b[1] - a[1] || Number(b[0] === 'CNY') - Number(a[0] === 'CNY'))[0][0];
  // The first stated value of a cell: conflicting values are listed in the table.
  const rawOf = (cells: FinancialTable['rows'][number]['cells'], period: string): number | null => {
    const v = cells[period]?.find((x) => x.value.currency === currency);
    return v ? amount(v.value) : null;
  };
  const periods = table.periods.filter((p) => rows.some((r) => rawOf(r.cells, p.period) !== null));
  const raw = rows.map((r) => ({ metric: r.metric, label: r.label, values: periods.map((p) => rawOf(r.cells, p.period)) }))
    .filter((s) => s.values.some((v) => v !== null));
  if (raw.length === 0) return undefined;
  // 亿 unless every figure is under one 亿: then 万 keeps the bars readable.
  const largest = Math.max(...raw.flatMap((s) => s.values.map((v) => Math.abs(v ?? 0))));
  const [scale, word] = largest >= 1e8 ? [1e8, '亿'] : [1e4, '万'];
  const series = raw.map((s) => ({ ...s, values: s.values.map((v) => (v === null ? null : Number((v / scale).toPrecision(12)))) }));
  return { periods, currency, unit: `${word}${currencyUnit(currency).trim()}`, series };
}
