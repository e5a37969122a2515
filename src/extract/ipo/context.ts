import type { Money } from '../../core/types.js';
import { pronounIn, topicAt, type ExtractDoc } from '../doc.js';
import type { Entity } from '../companies.js';
import { unique } from '../emit.js';

// What an article says of a company's offering outside any one step (sponsor, tutor, raise, standard).

/** Phrases that introduce a planned or actual raise (拟募资, 募集资金). */
export const RAISE_CUE = /(?:拟募资|拟募集资金|拟募集|计划募集资金|募资|募集资金|集资|筹资|筹集资金|筹得|拟融资|募得|所得款项|可以融资|最高融资|上市融资|IPO融资)[^，。；,;]{0,12}$/;
/** A listing standard as stated (第五套标准, 第18C章, 《规则》第2.1.2条). */
export const STANDARD = /第[一二三四五六七八九十\d]+套(?:上市)?标准|第\d+[A-Z]?章|《[^》]{2,30}》第[\d.]+条(?:第[(（][一二三四五六七八九十]+[)）]项)?/;


interface Stated<T> {
  readonly at: number;
  readonly value: T;
}

export interface CompanyIpoContext {
  sponsors: Stated<string[]>[];
  tutors: Stated<string[]>[];
  raise?: Money;
  /** Every amount stated as the company's raise, to find the exact figure a rounded one stands for. */
  raises: Money[];
  standard?: string;
}

const digits = (v: number) => String(Math.abs(v)).replace(/\.|0+$/g, '').length;

/** The exact figure a rounded raise stands for (募资3.3亿元 … 募集资金总额为33,285.00万元), if the article states one within 2%. */
export function exactRaise(raise: Money, stated: readonly Money[]): Money {
  const v = raise.value;
  if (v === undefined || raise.qualifier) return raise;
  const finer = stated.filter((m) => m.value !== undefined && !m.qualifier && m.currency === raise.currency && Math.abs(m.value - v) <= Math.abs(v) * 0.02 && digits(m.value) > digits(v));
  return finer.length ? finer.reduce((a, b) => (digits(b.value!) > digits(a.value!) ? b : a)) : raise;
}

/** The statement nearest before `at` (the sponsor then in office), else the first one after it; a title tells the latest news, so the last. */
export function nearest<T>(xs: readonly Stated<T>[], at: number, inTitle = false): T | undefined {
  if (inTitle) return xs[xs.length - 1]?.value;
  const before = xs.filter((x) => x.at <= at);
  return (before[before.length - 1] ?? xs[0])?.value;
}

// Money in a sentence about a private round is the round's, not the offering's.
export const ROUND_TALK = /轮融资|融资|轮/;
// "启动美国上市事宜…估计最高可以融资13.2亿美元": 融资 in a sentence about the listing, with no round, is the offering's.
const LISTING_FUNDS = /(?:上市|IPO)[^。；;]*(?:可以|最高|上市|IPO)融资|(?:上市|IPO)融资/;

/** What an article says of a company's offering outside any one step: its sponsor, tutor, planned raise and listing standard. */
export function companyContext(doc: ExtractDoc): Map<Entity, CompanyIpoContext> {
  const out = new Map<Entity, CompanyIpoContext>();
  for (const sentence of doc.sentences) {
    const seg = doc.s.slice(sentence.start, sentence.end);
    const names = doc.companies.mentionsIn(sentence);
    // "本次发行的保荐机构为X", "本次发行募集资金总额为…": a sentence naming no company is about the paragraph's.
    const entity = names[0]?.entity ?? (pronounIn(doc, sentence) || /保荐|辅导机构|本次发行|本次IPO|承销商|账簿管理人/.test(seg) ? topicAt(doc, sentence.start) : undefined);
    if (!entity) continue;
    const ctx = out.get(entity) ?? { sponsors: [], tutors: [], raises: [] };
    // A firm counts as sponsor (tutor) where it stands within a few characters of 保荐 (辅导).
    const near = (word: RegExp) => {
      const at = [...seg.matchAll(word)].map((m) => sentence.start + m.index!);
      const inSentence = doc.firms.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
      const picked = new Set(inSentence.filter((f) => at.some((a) => Math.abs(f.start - a) <= 16)));
      // "高盛、瑞士信贷与招商证券国际担任联合主办承销商": the firms listed with one near the role share it.
      for (let grew = true; grew;) {
        grew = false;
        for (const [k, f] of inSentence.entries()) {
          const next = inSentence[k + 1];
          if (!next || picked.has(f) === picked.has(next) || !/^\s*(?:、|和|与|及|以及|,|，)\s*$/.test(doc.s.slice(f.end, next.start))) continue;
          picked.add(f); picked.add(next); grew = true;
        }
      }
      return unique(inSentence.filter((f) => picked.has(f)).map((f) => doc.text.slice(f.start, f.end)));
    };
    // US bookrunners and underwriters stand for the sponsor of a US or Hong Kong offering (the earlier sets' reading).
    const sponsorsNamed = near(/保荐|承销商|账簿管理人|簿记管理人/g);
    const tutorsNamed = near(/辅导/g);
    if (sponsorsNamed.length) ctx.sponsors.push({ at: sentence.start, value: sponsorsNamed });
    if (tutorsNamed.length) ctx.tutors.push({ at: sentence.start, value: tutorsNamed });
    // "今年以来已有8家公司在港上市，合共集资约210亿元": a market's total is no company's raise.
    const total = !names.length && /\d+家|合共|合计|累计|总计|共计/.test(seg);
    if (!total && (!ROUND_TALK.test(seg) || (LISTING_FUNDS.test(seg) && !/轮|估值|领投|投资方/.test(seg)))) {
      const stated = doc.money.filter((x) => x.start >= sentence.start && x.end <= sentence.end && !x.perShare && x.money.value !== undefined && RAISE_CUE.test(doc.s.slice(sentence.start, x.start)) && /拟|计划|募|筹|融资|集资|所得/.test(doc.s.slice(Math.max(sentence.start, x.start - 14), x.start)));
      ctx.raises.push(...stated.map((x) => x.money));
      if (!ctx.raise && stated.length) ctx.raise = stated[0].money;
    }
    const std = STANDARD.exec(seg);
    if (std && !ctx.standard) ctx.standard = doc.text.slice(sentence.start + std.index, sentence.start + std.index + std[0].length);
    out.set(entity, ctx);
  }
  return out;
}

