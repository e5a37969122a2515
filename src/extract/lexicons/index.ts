// Lexicons of securities firms, listing venues and investor-name endings, read
// once from the JSON beside this file, with the finders that look them up in text.
// Matching runs on the parsing view (Simplified, ASCII twins, same length as the
// input), so one Simplified word list finds words in either script at true offsets.
import OpenCC from 'opencc-js';
import firmsData from './securities-firms.json' with { type: 'json' };
import venuesData from './venues.json' with { type: 'json' };
import investorData from './investor-suffixes.json' with { type: 'json' };
import { VENUES, type Span, type Venue } from '../../core/types.js';
import { parsingView } from '../../text/normalize.js';

/** Where a securities firm is licensed: the CSRC, Hong Kong, or elsewhere. */
export type FirmKind = 'mainland' | 'hk' | 'foreign';

/** One securities firm with every name it goes by, in Simplified and Traditional script. */
export interface SecuritiesFirm {
  /** Short name as news uses it (`中金公司`). */
  readonly name: string;
  /** Registered full name (`中国国际金融股份有限公司`). */
  readonly full: string;
  readonly aliases: readonly string[];
  /** Names before a merger or rename (`国泰君安`, `安信证券`). */
  readonly former: readonly string[];
  /** Aliases matched only before a boundary (`中金` but not `中金启元`). */
  readonly strict: readonly string[];
  readonly kind: FirmKind;
  /** `name` and `full` in Traditional script (Taiwan standard). */
  readonly nameHant: string;
  readonly fullHant: string;
}

/** A securities firm named in a text. */
export interface FirmMention extends Span {
  /** The name as written, `text.slice(start, end)`, in the text's own script. */
  readonly written: string;
  /** The firm's short name (Simplified). */
  readonly canonical: string;
  /** The firm's registered full name (Simplified). */
  readonly full: string;
  readonly kind: FirmKind;
  /** True when the text uses a name the firm had before a merger or rename. */
  readonly former: boolean;
}

/** Stock exchanges a cue can name without naming a board. */
export type Exchange = 'SSE' | 'SZSE' | 'BSE' | 'HKEX' | 'NASDAQ' | 'NYSE';

/** A listing venue, exchange or board named in a text. */
export interface VenueMention extends Span {
  /** The cue as written, `text.slice(start, end)`. */
  readonly written: string;
  /** The contract's venue, or null where the cue leaves it to context (`主板`, `上交所`). */
  readonly venue: Venue | null;
  /** The exchange the cue names or implies, if any (`上交所` → SSE, `科创板` → SSE). */
  readonly exchange: Exchange | null;
  /** True for a bare `主板` (main board of the exchange the context names). */
  readonly mainBoard: boolean;
}

interface FirmRecord {
  readonly name: string;
  readonly full: string;
  readonly aliases: readonly string[];
  readonly former?: readonly string[];
  readonly strict?: readonly string[];
  readonly kind: string;
}

interface FirmFile {
  readonly strictFollowers: readonly string[];
  readonly blockedFollowers: readonly string[];
  readonly allowedFollowers: readonly string[];
  readonly notFirms: readonly string[];
  readonly firms: readonly FirmRecord[];
}

interface VenueFile {
  readonly venues: Readonly<Record<string, string | null>>;
  readonly exchanges: Readonly<Record<string, string>>;
  readonly notVenues: readonly string[];
}

interface InvestorFile {
  readonly suffixes: readonly string[];
  readonly englishSuffixes: readonly string[];
  readonly legalForms: readonly string[];
  readonly typeWords: readonly string[];
  readonly roleWords: readonly string[];
}

const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toTwp = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** The forms a Simplified word takes in the parsing view of Simplified, Taiwan (with its phrasing) and Hong Kong text. */
function viewForms(word: string): string[] {
  const forms = new Set([parsingView(word)]);
  // Taiwan phrasing (twp) rewrites words, not only characters: 主板 → 主機板, 软件 → 軟體.
  for (const convert of [toTw, toTwp, toHk]) forms.add(parsingView(String(convert(word))));
  return [...forms];
}

// A character-level trie over parsing-view forms; each node may end several payloads.
interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  payload?: T;
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map() };
}

/** Adds `form` → `payload` to the trie; a form already there keeps its first payload unless `clash` says otherwise. */
function addForm<T>(root: TrieNode<T>, form: string, payload: T, clash: (old: T, neu: T) => T): void {
  let node = root;
  for (const ch of form) {
    let child = node.next.get(ch);
    if (!child) { child = newNode<T>(); node.next.set(ch, child); }
    node = child;
  }
  node.payload = node.payload === undefined ? payload : clash(node.payload, payload);
}

/** Candidates that start at `i` in `view`, longest first: `[end, payload]`. */
function candidatesAt<T>(root: TrieNode<T>, view: string, i: number): [number, T][] {
  const out: [number, T][] = [];
  let node: TrieNode<T> | undefined = root;
  for (let j = i; j < view.length; j++) {
    node = node.next.get(view[j]);
    if (!node) break;
    if (node.payload !== undefined) out.push([j + 1, node.payload]);
  }
  return out.reverse();
}

const ASCII_WORD = /[A-Za-z0-9]/;
const HAN = /\p{Script=Han}/u;

/** Whether a match of `form` at `[start, end)` of `view` does not cut an ASCII word in two (`UBS` in `UBSX`). */
function asciiBounded(view: string, start: number, end: number): boolean {
  if (ASCII_WORD.test(view[start]) && start > 0 && ASCII_WORD.test(view[start - 1])) return false;
  if (ASCII_WORD.test(view[end - 1]) && end < view.length && ASCII_WORD.test(view[end])) return false;
  return true;
}

function startsWithAny(view: string, at: number, words: readonly string[]): boolean {
  return words.some((w) => view.startsWith(w, at));
}

// ---- securities firms ----

interface FirmPayload {
  /** Index into FIRMS, or -1 for a name that is not a firm (`notFirms`). */
  readonly firm: number;
  readonly strict: boolean;
  readonly former: boolean;
  /** Legal names (ending in 公司) are complete: no follower can make them another entity. */
  readonly complete: boolean;
}

const FIRM_FILE = firmsData as FirmFile;
const KINDS: readonly FirmKind[] = ['mainland', 'hk', 'foreign'];

/** Every securities firm of the lexicon, in the order of the data file. */
export const SECURITIES_FIRMS: readonly SecuritiesFirm[] = FIRM_FILE.firms.map((r) => {
  if (!KINDS.includes(r.kind as FirmKind)) throw new Error(`securities-firms.json: ${r.name}: unknown kind ${r.kind}`);
  const strict = r.strict ?? [];
  for (const s of strict) {
    if (s !== r.name && !r.aliases.includes(s) && !(r.former ?? []).includes(s)) throw new Error(`securities-firms.json: ${r.name}: strict ${s} is not one of its names`);
  }
  return {
    name: r.name, full: r.full, aliases: r.aliases, former: r.former ?? [], strict, kind: r.kind as FirmKind,
    nameHant: String(toTw(r.name)), fullHant: String(toTw(r.full)),
  };
});

const STRICT_FOLLOWERS = FIRM_FILE.strictFollowers.map(parsingView);
const BLOCKED_FOLLOWERS = FIRM_FILE.blockedFollowers.map(parsingView);
const ALLOWED_FOLLOWERS = FIRM_FILE.allowedFollowers.map(parsingView);

// Exact names (parsing view) → firm index, for canonicalFirm; and the trie for findSecuritiesFirms.
const FIRM_BY_FORM = new Map<string, number>();
const FIRM_TRIE = newNode<FirmPayload>();

function firmClash(old: FirmPayload, neu: FirmPayload): FirmPayload {
  if (old.firm !== neu.firm && old.firm !== -1 && neu.firm !== -1) {
    throw new Error(`securities-firms.json: a name belongs to both ${SECURITIES_FIRMS[old.firm].name} and ${SECURITIES_FIRMS[neu.firm].name}`);
  }
  // A name that is not a firm always wins, so notFirms stay out of reach.
  return old.firm === -1 ? old : neu.firm === -1 ? neu : { ...old, strict: old.strict && neu.strict, former: old.former && neu.former };
}

SECURITIES_FIRMS.forEach((f, index) => {
  const names: [string, boolean][] = [[f.name, false], [f.full, false], ...f.aliases.map((a): [string, boolean] => [a, false]), ...f.former.map((a): [string, boolean] => [a, true])];
  for (const [name, former] of names) {
    const payload: FirmPayload = { firm: index, strict: f.strict.includes(name), former, complete: /公司$/.test(name) };
    for (const form of viewForms(name)) {
      addForm(FIRM_TRIE, form, payload, firmClash);
      const known = FIRM_BY_FORM.get(form);
      if (known !== undefined && known !== index) throw new Error(`securities-firms.json: ${name} belongs to both ${SECURITIES_FIRMS[known].name} and ${f.name}`);
      FIRM_BY_FORM.set(form, index);
    }
  }
});
for (const name of FIRM_FILE.notFirms) {
  for (const form of viewForms(name)) addForm(FIRM_TRIE, form, { firm: -1, strict: false, former: false, complete: true }, firmClash);
}

/** Whether a candidate firm name at `[start, end)` of `view` stands as a name of its own there. */
function firmFits(view: string, start: number, end: number, p: FirmPayload): boolean {
  if (!asciiBounded(view, start, end)) return false;
  if (p.firm === -1 || end === view.length) return true;
  if (p.strict) {
    const next = view[end];
    return !HAN.test(next) || startsWithAny(view, end, STRICT_FOLLOWERS);
  }
  if (p.complete) return true;
  return !startsWithAny(view, end, BLOCKED_FOLLOWERS) || startsWithAny(view, end, ALLOWED_FOLLOWERS);
}

/** Finds the securities firms named in `text` (either script): longest name first, no overlaps, spans into `text`. */
export function findSecuritiesFirms(text: string): FirmMention[] {
  const view = parsingView(text);
  const out: FirmMention[] = [];
  for (let i = 0; i < view.length; i++) {
    if (!FIRM_TRIE.next.has(view[i])) continue;
    for (const [end, p] of candidatesAt(FIRM_TRIE, view, i)) {
      if (!firmFits(view, i, end, p)) continue;
      if (p.firm >= 0) {
        const f = SECURITIES_FIRMS[p.firm];
        out.push({ start: i, end, written: text.slice(i, end), canonical: f.name, full: f.full, kind: f.kind, former: p.former });
      }
      i = end - 1;
      break;
    }
  }
  return out;
}

/** The lookup key of a name: parsing view, trimmed. */
function nameKey(name: string): string {
  return parsingView(name.trim());
}

const LEGAL_FORM_END = /(?:股份有限公司|有限责任公司|有限公司)$/;

// Legal names without their legal form, for names written with another legal form.
const FIRM_BY_LEGAL_STEM = new Map<string, number>();
SECURITIES_FIRMS.forEach((f, index) => {
  for (const name of [f.full, ...f.aliases, ...f.former]) {
    if (!LEGAL_FORM_END.test(name)) continue;
    for (const form of viewForms(name)) {
      const stem = form.replace(LEGAL_FORM_END, '');
      if (!FIRM_BY_FORM.has(stem)) FIRM_BY_LEGAL_STEM.set(stem, index);
    }
  }
});

/** The securities firm a whole name stands for (any of its names, either script, with or without its legal form), or undefined. */
export function firmOf(name: string): SecuritiesFirm | undefined {
  const key = nameKey(name);
  let index = FIRM_BY_FORM.get(key);
  if (index === undefined && LEGAL_FORM_END.test(key)) {
    // `X证券有限公司` written for `X证券股份有限公司`: compare without the legal form.
    const bare = key.replace(LEGAL_FORM_END, '');
    index = FIRM_BY_FORM.get(bare) ?? FIRM_BY_LEGAL_STEM.get(bare);
  }
  return index === undefined ? undefined : SECURITIES_FIRMS[index];
}

/** The short name of the securities firm a whole name stands for (`中國國際金融股份有限公司` → `中金公司`), or undefined. */
export function canonicalFirm(name: string): string | undefined {
  return firmOf(name)?.name;
}

/** Whether a whole name is one of the securities firms of the lexicon. */
export function isSecuritiesFirm(name: string): boolean {
  return firmOf(name) !== undefined;
}

// ---- venues ----

interface VenuePayload {
  /** Undefined for a phrase that is not a venue (`notVenues`). */
  readonly venue?: Venue | null;
  readonly exchange: Exchange | null;
  readonly mainBoard: boolean;
  readonly block: boolean;
}

const VENUE_FILE = venuesData as VenueFile;
const EXCHANGE_OF_VENUE: Readonly<Partial<Record<Venue, Exchange>>> = {
  STAR: 'SSE', SSE_MAIN: 'SSE', CHINEXT: 'SZSE', SZSE_MAIN: 'SZSE', BSE: 'BSE', HKEX: 'HKEX', NASDAQ: 'NASDAQ', NYSE: 'NYSE',
};
const EXCHANGES: readonly Exchange[] = ['SSE', 'SZSE', 'BSE', 'HKEX', 'NASDAQ', 'NYSE'];
const VENUE_TRIE = newNode<VenuePayload>();

function venueClash(old: VenuePayload, neu: VenuePayload): VenuePayload {
  if (old.block || neu.block) return old.block ? old : neu;
  if (old.venue !== neu.venue || old.exchange !== neu.exchange) throw new Error('venues.json: a cue has two meanings');
  return old;
}

for (const [cue, venue] of Object.entries(VENUE_FILE.venues)) {
  if (venue !== null && !(VENUES as readonly string[]).includes(venue)) throw new Error(`venues.json: ${cue}: unknown venue ${venue}`);
  const v = venue as Venue | null;
  const payload: VenuePayload = { venue: v, exchange: v ? EXCHANGE_OF_VENUE[v] ?? null : null, mainBoard: v === null, block: false };
  for (const form of viewForms(cue)) addForm(VENUE_TRIE, form, payload, venueClash);
}
for (const [cue, exchange] of Object.entries(VENUE_FILE.exchanges)) {
  if (!EXCHANGES.includes(exchange as Exchange)) throw new Error(`venues.json: ${cue}: unknown exchange ${exchange}`);
  const payload: VenuePayload = { venue: null, exchange: exchange as Exchange, mainBoard: false, block: false };
  for (const form of viewForms(cue)) addForm(VENUE_TRIE, form, payload, venueClash);
}
for (const cue of VENUE_FILE.notVenues) {
  for (const form of viewForms(cue)) addForm(VENUE_TRIE, form, { exchange: null, mainBoard: false, block: true }, venueClash);
}

/** Finds the listing venues, exchanges and boards named in `text` (either script): longest cue first, no overlaps, spans into `text`. */
export function findVenues(text: string): VenueMention[] {
  const view = parsingView(text);
  const out: VenueMention[] = [];
  for (let i = 0; i < view.length; i++) {
    if (!VENUE_TRIE.next.has(view[i])) continue;
    for (const [end, p] of candidatesAt(VENUE_TRIE, view, i)) {
      if (!asciiBounded(view, i, end)) continue;
      if (!p.block) out.push({ start: i, end, written: text.slice(i, end), venue: p.venue ?? null, exchange: p.exchange, mainBoard: p.mainBoard });
      i = end - 1;
      break;
    }
  }
  return out;
}

const SPECIFIC: ReadonlySet<Venue> = new Set(['STAR', 'CHINEXT', 'SSE_MAIN', 'SZSE_MAIN', 'BSE', 'HKEX', 'NASDAQ', 'NYSE']);

/**
 * Combines the venue mentions of one clause or sentence into a venue: the first
 * board or exchange-specific venue; else a bare 主板 with the exchange named
 * beside it; else US, A or OTHER in that order; null when only an exchange with
 * two boards (上交所, 深交所) or a bare 主板 is named, which the caller must settle
 * from wider context.
 */
export function resolveVenue(mentions: readonly VenueMention[]): Venue | null {
  const specific = mentions.find((m) => m.venue !== null && SPECIFIC.has(m.venue));
  if (specific) return specific.venue;
  if (mentions.some((m) => m.mainBoard)) {
    const ex = mentions.find((m) => m.exchange !== null)?.exchange;
    if (ex === 'SSE') return 'SSE_MAIN';
    if (ex === 'SZSE') return 'SZSE_MAIN';
  }
  for (const v of ['US', 'A', 'OTHER'] as const) if (mentions.some((m) => m.venue === v)) return v;
  return null;
}

// ---- investors ----

const INVESTOR_FILE = investorData as InvestorFile;
const byLength = (a: string, b: string): number => b.length - a.length;
const SUFFIXES = INVESTOR_FILE.suffixes.map(parsingView).sort(byLength);
const LEGAL_FORMS = INVESTOR_FILE.legalForms.map(parsingView).sort(byLength);
const TYPE_WORDS: ReadonlySet<string> = new Set(INVESTOR_FILE.typeWords.map(parsingView));
const ENGLISH_SUFFIX = new RegExp(`[A-Za-z0-9&.]\\s+(?:${INVESTOR_FILE.englishSuffixes.map((s) => s.replace(/[.]/g, '\\.')).sort(byLength).join('|')})$`, 'i');

/** Words that describe what an investor did in a round (`领投`, `跟投`), longest first: they end a name in a list. */
export const INVESTOR_ROLE_WORDS: readonly string[] = [...INVESTOR_FILE.roleWords].sort(byLength);
const ROLE_AFTER = new RegExp(`^(?:等)?(?:${INVESTOR_ROLE_WORDS.join('|')})`);

/** Whether the Simplified text at `end` gives the name before it an investor's role (`领投`, `等跟投`). */
export function investorRoleAt(s: string, end: number): boolean {
  return ROLE_AFTER.test(s.slice(end, end + 6));
}

/** Categories of investor that stand where a name would (`老股东`, `产业资本`): never a name. */
export const INVESTOR_TYPE_WORDS: readonly string[] = INVESTOR_FILE.typeWords;

/** Whether a word is a category of investor (`老股东`, `国资`) rather than a name. */
export function isInvestorTypeWord(word: string): boolean {
  return TYPE_WORDS.has(nameKey(word));
}

/**
 * Whether a name reads as an investing institution: a securities firm, or a name
 * ending (before its legal form) in an investor word such as 资本, 创投, 基金,
 * Capital or Ventures, or a partnership (有限合伙). Corporate investors named
 * without such an ending (an internet company) are not recognised.
 */
export function isInvestorName(name: string): boolean {
  let key = nameKey(name);
  if (!key || TYPE_WORDS.has(key)) return false;
  if (firmOf(key)) return true;
  if (/(?:\(有限合伙\)|有限合伙)$/.test(key)) return key.length > 6;
  for (let changed = true; changed;) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (key.length > form.length && key.endsWith(form)) { key = key.slice(0, -form.length).replace(/[\s,]+$/, ''); changed = true; break; }
    }
  }
  if (TYPE_WORDS.has(key)) return false;
  if (ENGLISH_SUFFIX.test(key)) return true;
  return SUFFIXES.some((s) => key.length > s.length && key.endsWith(s));
}
