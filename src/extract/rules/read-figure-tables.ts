import type { Currency, FinancialFact, Metric, Span } from '../../core/types.js';
import { findPeriods } from '../../text/index.js';
import { topicAt, type ExtractDoc } from '../doc.js';
import { companyOf, sourceOf } from '../emit.js';
import { FINANCE_WORDS } from '../lexicons/words.js';

// A prospectus table read out as text, one row a line, cells parted by | or tabs:
//   项目 | 2025年1-6月 | 2024年度 | 2023年度
//   营业收入 | 52,716.43 | 89,305.12 | 54,618.90
// The header names a period per column; a row named by a metric gives a figure per period,
// in the unit a note just before the table states (单位：万元).

const CELLS = /\s*[|｜\t]\s*/;
const UNIT = /单位[:：]\s*(?:人民币)?\s*(亿元|万元|千元|元|亿港元|万港元|港元|亿美元|万美元|千美元|美元)/;
const SCALE: Readonly<Record<string, { factor: number; currency: Currency }>> = {
  亿元: { factor: 1e8, currency: 'CNY' }, 万元: { factor: 1e4, currency: 'CNY' }, 千元: { factor: 1e3, currency: 'CNY' }, 元: { factor: 1, currency: 'CNY' },
  亿港元: { factor: 1e8, currency: 'HKD' }, 万港元: { factor: 1e4, currency: 'HKD' }, 港元: { factor: 1, currency: 'HKD' },
  亿美元: { factor: 1e8, currency: 'USD' }, 万美元: { factor: 1e4, currency: 'USD' }, 千美元: { factor: 1e3, currency: 'USD' }, 美元: { factor: 1, currency: 'USD' },
};
// A row's name is a metric only when the whole cell is one (营业收入, 归属于母公司所有者的净利润), not a ratio (毛利率).
const METRICS = FINANCE_WORDS.metrics.list.map((m) => ({ metric: m.metric, re: new RegExp(`^(?:${m.patterns.join('|')})$`) }));
const NUMBER = /^\(?(-|−)?\s*([\d,]+(?:\.\d+)?)\)?$/;

/** The metric a row's first cell names, if the whole cell is one; most specific first (扣非 before 归母 before 净利润). */
function metricOfCell(cell: string): Metric | undefined {
  return METRICS.find((m) => m.re.test(cell))?.metric;
}

/** The value of a figure cell (52,716.43, -8,613.25, (8,613.25)) in whole units, or undefined. */
function figureOf(cell: string, factor: number): number | undefined {
  const m = NUMBER.exec(cell.trim());
  if (!m) return undefined;
  const v = Number(m[2].replace(/,/g, '')) * factor;
  const negative = !!m[1] || cell.trim().startsWith('(');
  return Math.round((negative ? -v : v) * 100) / 100;
}

/** Reads figure tables: each metric row gives one `financial` fact per period column, quoting the row. */
export function readFigureTables(doc: ExtractDoc): void {
  const lines = doc.paragraphs;
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    const cells = doc.s.slice(header.start, header.end).split(CELLS);
    if (cells.length < 3) continue;
    const periods = cells.slice(1).map((c) => {
      const found = findPeriods(c, { articleDate: doc.articleDate });
      return found.length === 1 && found[0].end - found[0].start >= c.trim().length - 1 ? found[0].period : undefined;
    });
    if (periods.filter(Boolean).length < 2) continue;
    // The unit is told in the two lines before the header, or in the header itself.
    const note = doc.s.slice(lines[Math.max(0, i - 2)].start, header.end);
    const unit = UNIT.exec(note)?.[1];
    const scale = SCALE[unit ?? '元'];
    if (!unit) continue;
    const entity = topicAt(doc, header.start);
    if (!entity) continue;
    for (let k = i + 1; k < lines.length; k++) {
      const row: Span = lines[k];
      const rowCells = doc.s.slice(row.start, row.end).split(CELLS);
      if (rowCells.length !== cells.length) break;
      const metric = metricOfCell(rowCells[0].trim());
      if (!metric) continue;
      rowCells.slice(1).forEach((cell, j) => {
        const value = figureOf(cell, scale.factor);
        const period = periods[j];
        if (value === undefined || !period) return;
        const fact: FinancialFact = {
          kind: 'financial',
          ...companyOf(doc, entity),
          metric,
          period,
          value: { value, currency: scale.currency },
          source: sourceOf(doc, row),
        };
        doc.facts.push(fact);
      });
    }
  }
}
