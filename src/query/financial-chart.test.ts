import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Money } from '../core/types.js';
import type { Evidence } from './pipeline.js';
import type { FinancialTable } from './company-profile.js';
import { financialChart } from './financial-chart.js';

const cell = (...values: Money[]) => values.map((value) => ({ value, text: '', sources: [] as Evidence[] }));
const cny = (value: number): Money => ({ value, currency: 'CNY' });
const periods = ['2023-01/2023-12', '2024-01/2024-12', '2025-01/2025-06'].map((period, i) => ({ period, label: ['2023年', '2024年', '2025年1-6月'][i] }));

test('financialChart draws reported revenue and net profit in 亿 of the main currency, first value of a conflict, a range at its middle', () => {
  const table: FinancialTable = {
    periods,
    rows: [
      { metric: 'revenue', label: '营业收入', forecast: false, cells: { '2023-01/2023-12': cell(cny(210000000)), '2024-01/2024-12': cell(cny(335000000), cny(336000000)) } },
      { metric: 'net_profit', label: '净利润', forecast: false, cells: { '2023-01/2023-12': cell(cny(-82000000)), '2024-01/2024-12': cell({ min: 40000000, max: 60000000, currency: 'CNY' }) } },
      { metric: 'net_profit_deducted', label: '扣非净利润', forecast: false, cells: { '2024-01/2024-12': cell({ value: 1e9, currency: 'HKD' }) } },
      { metric: 'revenue', label: '营业收入', forecast: true, cells: { '2025-01/2025-06': cell(cny(400000000)) } },
    ],
    conflicts: [],
  };
  const chart = financialChart(table)!;
  assert.equal(chart.currency, 'CNY');
  assert.equal(chart.unit, '亿元');
  assert.deepEqual(chart.periods.map((p) => p.label), ['2023年', '2024年'], 'forecast-only periods are left out');
  assert.deepEqual(chart.series.map((s) => [s.metric, s.values]), [['revenue', [2.1, 3.35]], ['net_profit', [-0.82, 0.5]]], 'a series only in another currency is dropped');
});

test('financialChart counts in 万 when every figure is under one 亿, falls back to main revenue, and draws nothing without figures', () => {
  const small: FinancialTable = {
    periods,
    rows: [{ metric: 'main_revenue', label: '主营业务收入', forecast: false, cells: { '2023-01/2023-12': cell(cny(26123800)) } }],
    conflicts: [],
  };
  const chart = financialChart(small)!;
  assert.equal(chart.unit, '万元');
  assert.deepEqual(chart.series, [{ metric: 'main_revenue', label: '主营业务收入', values: [2612.38] }]);
  assert.equal(financialChart({ periods: [], rows: [], conflicts: [] }), undefined);
  assert.equal(financialChart({ periods, rows: [{ metric: 'revenue', label: '营业收入', forecast: true, cells: { '2025-01/2025-06': cell(cny(1)) } }], conflicts: [] }), undefined);
});
