import type { Span } from '../core/types.js';
import { COMPANY_WORDS } from './lexicons/words.js';
import { findVenues } from './lexicons/index.js';

// Companies of one article: entities with every name the article uses for
// them, and every place a name (or a pronoun standing for one) occurs.
// Names are matched on the Simplified-aligned view `s`; what is kept and
// printed is the original text at the same offsets.

/** How a name was first recognised; decides how much it is trusted. */
export type NameOrigin = 'legal' | 'declared' | 'coded' | 'english' | 'subject' | 'derived';

/** One company of an article. */
export interface Entity {
  readonly id: number;
  /** Simplified key → name as written in the original text. */
  readonly names: Map<string, string>;
  readonly origins: Set<NameOrigin>;
  /** Whether the name is a party other than a subject company (securities firm, investor fund). */
  notSubject: boolean;
}

/** A place where an entity is named. */
export interface Mention extends Span {
  readonly entity: Entity;
  readonly key: string;
}

const LEGAL_FORMS = [...COMPANY_WORDS.legalForms.list].sort((a, b) => b.length - a.length);
const PLACES = [...COMPANY_WORDS.places.list].sort((a, b) => b.length - a.length);
const CUT_WORDS = [...COMPANY_WORDS.cutWords.list].sort((a, b) => b.length - a.length);
// Cut words by their first character, so a run is searched only for the words it can hold.
const CUT_BY_FIRST = new Map<string, string[]>();
for (const w of CUT_WORDS) CUT_BY_FIRST.set(w[0], [...(CUT_BY_FIRST.get(w[0]) ?? []), w]);

/** The cut words whose first character occurs in `s`, longest first. */
function cutWordsIn(s: string): string[] {
  const out = new Set<string>();
  for (const ch of s) for (const w of CUT_BY_FIRST.get(ch) ?? []) out.add(w);
  return [...out].sort((a, b) => b.length - a.length);
}
const GENERIC = new Set(COMPANY_WORDS.genericNames.list);
const ENDINGS = [...COMPANY_WORDS.industryEndings.list].sort((a, b) => b.length - a.length);
const NON_NAME = new RegExp(COMPANY_WORDS.nonNameWords.list.map((w) => w.replace(/[%]/g, '\\$&')).join('|'));

const NAME_CHAR = /[\u3400-\u9fffA-Za-z0-9·&]/;
const HAN = /[\u3400-\u9fff]/;

/** Whether a string can stand as a company name (not generic, not a number, not too short). */
export function plausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 40) return false;
  if (GENERIC.has(name)) return false;
  if (/^[\d.]+$/.test(name)) return false;
  if (/^[A-Za-z]$/.test(name)) return false;
  // "及保荐机构": a run that opens with a conjunction is the tail of a phrase (和 may open a name: 和元生物).
  if (/^[及与或]/.test(name)) return false;
  if (/^(?:第|[一二三四五六七八九十两几数多\d]+(?:家|只|个|位|轮|年|月|日|名|次))/.test(name)) return false;
  if (/(?:年|月|日|时|期|后|前|中|上|下|里|内|外|的|了|等|及|与|或|和)$/.test(name) && !LEGAL_FORMS.some((f) => name.endsWith(f))) return false;
  return true;
}

/** Whether a short name found by its position (not declared, not registered) reads as a company name rather than a phrase. */
export function looksLikeShortName(name: string): boolean {
  // "…设备商", "…服务商": a description of a company, not its name.
  return plausibleName(name) && !NON_NAME.test(name) && !/\d/.test(name) && !/商$/.test(name);
}

/** Cuts the phrase before a name: keeps what follows the last cut word. */
// Whether what stands before a place is no part of a name: nothing, or a word that ends a phrase (审议常州…).
const startsName = (head: string) => head === '' || CUT_WORDS.some((w) => w.length > 1 && head.endsWith(w));

export function trimLeft(run: string): string {
  let s = run;
  for (;;) {
    let best = -1; let len = 0;
    for (const w of cutWordsIn(s)) {
      for (let i = s.lastIndexOf(w); i >= 0; i = i > 0 ? s.lastIndexOf(w, i - 1) : -1) {
        const rest = s.slice(i + w.length);
        // "芃学在线": 在线 is a word of names, not 在 before a place or time.
        if (w === '在' && rest.startsWith('线')) continue;
        // A one-character cut word inside a short run is part of the name (中和科技), not a seam;
        // nor is one right after a place (常州和鸣机械).
        const afterPlace = '和与及'.includes(w) && PLACES.some((p) => s.slice(0, i).endsWith(p) && startsName(s.slice(0, i - p.length)));
        // "杭州暄和生物医药": 和 one or two characters into the name after its place is part of the name, unless another place follows.
        const inPlacedName = '和与及'.includes(w) && !PLACES.some((p) => rest.startsWith(p)) && PLACES.some((p) => {
          const k = s.lastIndexOf(p, i - 2);
          return k >= 0 && i - k - p.length >= 1 && i - k - p.length <= 2 && startsName(s.slice(0, k));
        });
        // "…和四川某某股份有限公司": 和 before a place joins two names.
        const beforePlace = i === 0 && w === '和' && PLACES.some((p) => rest.startsWith(p));
        const seam = !afterPlace && !inPlacedName && (w.length > 1 || i >= 2 || (i === 0 && w !== '和') || beforePlace);
        if (seam && rest.length >= 1 && !GENERIC.has(rest) && !ENDINGS.includes(rest) && i + w.length > best + len) { best = i; len = w.length; }
        if (seam && rest.length >= 2) break;
      }
    }
    if (best < 0) return s;
    const rest = s.slice(best + len);
    if (rest.length < 2) return rest;
    s = rest;
  }
}

/** The legal form a name ends with, or ''. */
export function legalFormOf(name: string): string {
  return LEGAL_FORMS.find((f) => name.endsWith(f)) ?? '';
}

/** A legal name without its legal form, place in parentheses and leading place: the core a short name is cut from. */
export function coreOf(legal: string): string {
  let s = legal.slice(0, legal.length - legalFormOf(legal).length);
  s = s.replace(/[(（][\u3400-\u9fff]{2,6}[)）]/g, '');
  for (const p of PLACES) {
    if (s.startsWith(p) && s.length - p.length >= 2) { s = s.slice(p.length); break; }
  }
  s = s.replace(/^(?:省|市)/, '');
  return s.replace(/集团$/, '') || s;
}

/** Whether `short` reads as a shortening of `core`: same first two characters, the rest in order. */
export function isShortening(short: string, core: string): boolean {
  if (short.length < 2 || short.slice(0, 2) !== core.slice(0, 2)) return false;
  let j = 0;
  for (const ch of core) if (j < short.length && ch === short[j]) j++;
  return j === short.length;
}

/** The set of companies and their mentions in one article. */
export class CompanyBook {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  mentions: Mention[] = [];

  constructor(readonly text: string, readonly s: string) {}

  /** The entity a name (Simplified key) belongs to, if any. */
  find(key: string): Entity | undefined {
    return this.byKey.get(key);
  }

  /** Records a name at a span, joining it to `to` when given (an alias declaration), else to its own or a new entity. */
  add(span: Span, origin: NameOrigin, to?: Entity): Entity | undefined {
    const key = this.s.slice(span.start, span.end);
    // "纳斯达克IPO定价": a market named where a subject stands is no company.
    if (!plausibleName(key) || findVenues(key).some((v) => v.start === 0 && v.end === key.length)) return undefined;
    const written = this.text.slice(span.start, span.end);
    const known = this.byKey.get(key);
    if (known && to && known !== to) return this.merge(to, known);
    const entity = known ?? to ?? this.create();
    if (!entity.names.has(key)) entity.names.set(key, written);
    entity.origins.add(origin);
    this.byKey.set(key, entity);
    return entity;
  }

  private create(): Entity {
    const e: Entity = { id: this.entities.length, names: new Map(), origins: new Set(), notSubject: false };
    this.entities.push(e);
    return e;
  }

  private merge(into: Entity, from: Entity): Entity {
    for (const [k, v] of from.names) { into.names.set(k, v); this.byKey.set(k, into); }
    for (const o of from.origins) into.origins.add(o);
    into.notSubject = into.notSubject && from.notSubject;
    const i = this.entities.indexOf(from);
    if (i >= 0) this.entities.splice(i, 1);
    return into;
  }

  /** Finds every occurrence of every known name, longest first, without overlaps. */
  locate(): void {
    const keys = [...this.byKey.keys()].sort((a, b) => b.length - a.length);
    const taken = new Uint8Array(this.s.length);
    const found: Mention[] = [];
    for (const key of keys) {
      const entity = this.byKey.get(key)!;
      for (let i = this.s.indexOf(key); i >= 0; i = this.s.indexOf(key, i + 1)) {
        const end = i + key.length;
        if (taken.subarray(i, end).some((x) => x === 1)) continue;
        // A short name inside a longer run of name characters is part of another word.
        if (key.length <= 3 && /[A-Za-z]/.test(key) && (/[A-Za-z]/.test(this.s[i - 1] ?? '') || /[A-Za-z]/.test(this.s[end] ?? ''))) continue;
        taken.fill(1, i, end);
        found.push({ start: i, end, entity, key });
      }
    }
    this.mentions = found.sort((a, b) => a.start - b.start);
  }

  /** Mentions of subject companies inside a span, in text order. */
  mentionsIn(span: Span): Mention[] {
    return this.mentions.filter((m) => m.start >= span.start && m.end <= span.end && !m.entity.notSubject);
  }

  /** The name the text uses most for an entity (ties: the shorter, non-legal one), as written. */
  displayName(entity: Entity): string {
    const counts = new Map<string, number>();
    for (const m of this.mentions) if (m.entity === entity) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    const keys = [...entity.names.keys()];
    keys.sort((a, b) => {
      const la = legalFormOf(a) ? 1 : 0; const lb = legalFormOf(b) ? 1 : 0;
      if (la !== lb) return la - lb;
      const d = (counts.get(b) ?? 0) - (counts.get(a) ?? 0);
      if (d !== 0) return d;
      return /[A-Za-z]/.test(a) === /[A-Za-z]/.test(b) ? b.length - a.length : (/[A-Za-z]/.test(a) ? 1 : -1);
    });
    return entity.names.get(keys[0])!;
  }

  /** Every other name of an entity, as written. */
  aliases(entity: Entity): string[] {
    const main = this.displayName(entity);
    return [...entity.names.values()].filter((n) => n !== main);
  }

  /** How many times an entity is mentioned. */
  count(entity: Entity): number {
    return this.mentions.reduce((n, m) => n + (m.entity === entity ? 1 : 0), 0);
  }
}

/** Scans left from `end` over name characters (and a place in parentheses), stopping at punctuation; returns the run's start. */
export function scanNameLeft(s: string, end: number, max = 40): number {
  let i = end;
  while (i > 0 && end - i < max) {
    const ch = s[i - 1];
    if (ch === ')' || ch === '）') {
      const open = Math.max(s.lastIndexOf('(', i - 1), s.lastIndexOf('（', i - 1));
      if (open >= 0 && i - 1 - open <= 8 && i - 1 - open >= 2 && HAN.test(s.slice(open + 1, i - 1)) && /^[\u3400-\u9fff]+$/.test(s.slice(open + 1, i - 1))) { i = open; continue; }
      break;
    }
    if (!NAME_CHAR.test(ch)) break;
    i--;
  }
  return i;
}

/** Trims a run scanned to the left of a name down to the name: after the last cut word, without a leading digit run. */
export function nameStartIn(s: string, runStart: number, end: number): number {
  const run = s.slice(runStart, end);
  let trimmed = trimLeft(run).replace(/^[\d.]+/, '');
  // "「A+H」股X", "H股X": the 股 of a share class left of a name is not part of it.
  if (trimmed.length > 3 && trimmed[0] === '股' && /[」”"A-Z]$/.test(s.slice(0, end - trimmed.length))) trimmed = trimmed.slice(1);
  // "H股X", "A股X": a share class before a name is no part of it.
  const shareClass = /^(?:A\+H|[AHBN])股(?=[\u3400-\u9fff]{2})/.exec(trimmed);
  if (shareClass) trimmed = trimmed.slice(shareClass[0].length);
  // "光通信芯片股熠珀科技", "研发商霈森生物": a descriptor ending in 股 or 商 before a name with an industry ending is no part of it.
  const described = /^[\u3400-\u9fff]{2,10}?[股商](?=[\u3400-\u9fff]{2,})/.exec(trimmed);
  if (described && industryEndingOf(trimmed.slice(described[0].length)) && trimmed.length - described[0].length >= 3) trimmed = trimmed.slice(described[0].length);
  return end - trimmed.length;
}

/** The industry ending a short name carries, or ''. */
export function industryEndingOf(name: string): string {
  return ENDINGS.find((e) => name.endsWith(e) && name.length > e.length) ?? '';
}
