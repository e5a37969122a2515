// How facts read to a Chinese analyst: money in 万/亿 with its currency at the
// stated precision, periods as 2024年 / 2025年1-6月, stages and venues by
// their Chinese names.
import type { Fact, Metric, Money, Stage, Venue } from '../core/types.js';

/** Chinese name of each IPO stage. */
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  tutoring_filed: '辅导备案', tutoring_withdrawn: '撤回辅导', tutoring_completed: '完成辅导', filed: '递表',
  accepted: '获受理', inquiry: '已问询', hearing: '上会', deferred: '暂缓审议', approved: '审议通过',
  rejected: '未通过', registration_submitted: '提交注册', registered: '注册生效', offering: '发行',
  listed: '上市', suspended: '中止', lapsed: '失效', terminated: '终止',
};

/** Chinese name of each venue. */
export const VENUE_LABELS: Readonly<Record<Venue, string>> = {
  STAR: '科创板', CHINEXT: '创业板', SSE_MAIN: '上交所主板', SZSE_MAIN: '深交所主板', BSE: '北交所', A: 'A股',
  HKEX: '港交所', NASDAQ: '纳斯达克', NYSE: '纽交所', US: '美股', OTHER: '其他',
};

/** Chinese name of each financial metric. */
export const METRIC_LABELS: Readonly<Record<Metric, string>> = {
  revenue: '营业收入', main_revenue: '主营业务收入', net_profit: '净利润',
  net_profit_attributable: '归母净利润', net_profit_deducted: '扣非净利润',
};

const CURRENCY_UNITS: Readonly<Record<string, string>> = {
  CNY: '元', HKD: '港元', USD: '美元', EUR: '欧元', JPY: '日元', GBP: '英镑', SGD: '新加坡元', TWD: '新台币', KRW: '韩元',
};

/** A number as a plain decimal string (no exponent), without the float noise of unit arithmetic (`3643.19*1e4`). */
function plainDecimal(n: number): string {
  const clean = Number(n.toPrecision(15));
  return clean.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Moves a decimal string's point `places` to the left, dropping trailing zeros of the fraction. */
function shiftLeft(decimal: string, places: number): string {
  const [int, frac = ''] = decimal.split('.');
  const padded = int.padStart(places + 1, '0');
  const head = padded.slice(0, padded.length - places);
  const tail = (padded.slice(padded.length - places) + frac).replace(/0+$/, '');
  return tail ? `${head}.${tail}` : head;
}

/** A whole-unit amount as 万/亿/万亿 without currency: `-804000000` → `-8.04亿`, `36431900` → `3643.19万`. */
export function formatAmount(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const s = plainDecimal(abs);
  if (abs >= 1e12) return `${sign}${shiftLeft(s, 12)}万亿`;
  if (abs >= 1e8) return `${sign}${shiftLeft(s, 8)}亿`;
  if (abs >= 1e4) return `${sign}${shiftLeft(s, 4)}万`;
  return sign + s;
}

/** The word for a currency after an amount: `元`, `港元`, `美元`, or the ISO code. */
export function currencyUnit(currency: string): string {
  return CURRENCY_UNITS[currency] ?? ` ${currency}`;
}

/** Money as Chinese readers expect it, at the stated precision: `-8.04亿元`, `约2100亿港元`, `20亿至35亿元`. */
export function formatMoney(money: Money): string {
  const unit = currencyUnit(money.currency);
  const q = money.qualifier === 'approx' ? '约' : money.qualifier === 'over' ? '超' : money.qualifier === 'under' ? '不到' : '';
  if (money.value !== undefined) return `${q}${formatAmount(money.value)}${unit}`;
  if (money.min !== undefined && money.max !== undefined) return `${q}${formatAmount(money.min)}至${formatAmount(money.max)}${unit}`;
  if (money.min !== undefined) return `不低于${formatAmount(money.min)}${unit}`;
  if (money.max !== undefined) return `不超过${formatAmount(money.max)}${unit}`;
  return '';
}

/** A contract period (`2024-01/2024-12`) as 2024年, 2025年1-6月, or the interval as given. */
export function formatPeriod(period: string): string {
  const m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  const [, y1, m1, y2, m2] = m;
  if (y1 !== y2) return `${y1}年${Number(m1)}月-${y2}年${Number(m2)}月`;
  if (m1 === '01' && m2 === '12') return `${y1}年`;
  return m1 === m2 ? `${y1}年${Number(m1)}月` : `${y1}年${Number(m1)}-${Number(m2)}月`;
}

/** One line in Chinese saying what a fact states, e.g. `科创板 获受理，拟募资60亿元，保荐：中信证券`. */
export function describeFact(fact: Fact): string {
  const parts: string[] = [];
  switch (fact.kind) {
    case 'ipo':
      parts.push(`${VENUE_LABELS[fact.venue] ?? fact.venue} ${STAGE_LABELS[fact.stage] ?? fact.stage}${fact.confidential ? '（保密递交）' : ''}`);
      if (fact.raise) parts.push(`募资${formatMoney(fact.raise)}`);
      if (fact.price) parts.push(`发行价${formatMoney(fact.price)}`);
      if (fact.sponsors?.length) parts.push(`保荐/辅导：${fact.sponsors.join('、')}`);
      if (fact.standard) parts.push(fact.standard);
      break;
    case 'financing':
      parts.push(fact.round ? `${fact.round}轮融资` : '融资');
      if (fact.amount) parts.push(formatMoney(fact.amount));
      if (fact.post_money) parts.push(`投后估值${formatMoney(fact.post_money)}`);
      if (fact.investors?.length) parts.push(`投资方：${fact.investors.join('、')}`);
      break;
    case 'valuation':
      parts.push(`估值${formatMoney(fact.amount)}${fact.basis === 'post_money' ? '（投后）' : fact.basis === 'pre_money' ? '（投前）' : fact.basis === 'pre_ipo' ? '（IPO前）' : ''}`);
      break;
    case 'financial':
      parts.push(`${formatPeriod(fact.period)}${METRIC_LABELS[fact.metric] ?? fact.metric} ${formatMoney(fact.value)}`);
      break;
    case 'shareholding':
      parts.push(`${fact.holder} 持股${fact.percent}%`);
      break;
    case 'market_cap':
      parts.push(`市值${formatMoney(fact.amount)}`);
      break;
  }
  const text = parts.join('，');
  return `${fact.forecast ? '（预计）' : ''}${text}${fact.date ? `（${fact.date}）` : ''}`;
}
