// Pure rules of company identity: the matching key of a name, which names are
// too generic to link anything, and which name a company is displayed by.
// Two names are one company only when their keys are equal or something
// (an article's alias declaration, a user correction) links them: never
// because one name contains the other.
import { toHansAligned } from '../text/index.js';

// Longest first, so `集团股份有限公司` goes before `股份有限公司`.
const LEGAL_FORMS = [
  '(集团)股份有限公司', '(集团)有限责任公司', '(集团)有限公司', '集团股份有限公司', '集团有限责任公司', '集团有限公司',
  '股份有限公司', '有限责任公司', '有限公司', '股份公司', '(集团)',
].sort((a, b) => b.length - a.length);

const ENGLISH_FORMS = /[\s,.]*\b(?:co\.?,?\s*ltd|company\s+limited|limited|ltd|inc|incorporated|corp|corporation|llc|plc)\.?$/i;

// Provincial-level divisions and large cities: the only parenthesised groups
// dropped from a key, as in `某某科技(上海)股份有限公司` (a seat, not a name part).
const PLACES = new Set([
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古',
  '广西', '西藏', '宁夏', '新疆', '香港', '澳门', '中国', '深圳', '广州', '杭州', '南京', '苏州', '武汉', '成都',
  '西安', '合肥', '厦门', '青岛', '宁波', '无锡', '长沙', '郑州', '济南', '大连', '沈阳', '珠海', '东莞', '佛山',
  '常州', '昆山', '嘉兴', '绍兴', '福州', '南昌', '哈尔滨', '长春', '石家庄', '太原', '南宁', '昆明', '贵阳',
]);

// Words that name no particular company; an alias like this must link nothing.
const GENERIC = new Set([
  '公司', '该公司', '本公司', '其', '集团', '该集团', '企业', '该企业', '发行人', '标的公司', '上市公司', '母公司',
  '子公司', '控股股东', '实控人', '实际控制人', '股东', '机构', '团队', '平台', '项目',
]);

/** The matching key of a company name: NFKC, Simplified, no spaces or quotes, lower case, without a trailing legal form or a bracketed seat. */
export function companyKey(name: string): string {
  let k = toHansAligned(name.normalize('NFKC')).trim().replace(ENGLISH_FORMS, '')
    .replace(/[\s"'“”‘’「」『』《》]/g, '')
    .replace(/[【\[]/g, '(').replace(/[】\]]/g, ')')
    .toLowerCase();
  for (let changed = true; changed;) {
    changed = false;
    const before = k;
    for (const form of LEGAL_FORMS) {
      if (k.length > form.length && k.endsWith(form)) { k = k.slice(0, -form.length); break; }
    }
    k = k.replace(ENGLISH_FORMS, '');
    const seat = /^(.+)\(([^()]{2,3})\)$/.exec(k) ?? /^\(([^()]{2,3})\)(.+)$/.exec(k);
    if (seat) {
      const [place, rest] = k.startsWith('(') ? [seat[1], seat[2]] : [seat[2], seat[1]];
      if (PLACES.has(place) && rest.length >= 2) k = rest;
    }
    changed = k !== before;
  }
  return k;
}

/** Whether a name is specific enough to be a company's name or alias (not `公司`, `其`, one character, or empty). */
export function isUsableName(name: string): boolean {
  const k = companyKey(name);
  if (GENERIC.has(k) || GENERIC.has(toHansAligned(name.trim()))) return false;
  // One Han character or two Latin letters say too little to link companies.
  return /[\u3400-\u9fff]/.test(k) ? [...k].length >= 2 : k.replace(/[^a-z0-9]/g, '').length >= 3;
}

/** Whether a name carries a legal form (`…股份有限公司`, `… Co., Ltd.`), i.e. is a legal rather than a short name. */
export function hasLegalForm(name: string): boolean {
  const n = toHansAligned(name.normalize('NFKC')).replace(/\s/g, '');
  return LEGAL_FORMS.some((f) => n.endsWith(f) && n.length > f.length) || ENGLISH_FORMS.test(n);
}

/** How often a name is used as a fact's subject, the input of `pickDisplayName`. */
export interface NameUse {
  readonly name: string;
  /** Articles that name the company this way as a fact's `company`. */
  readonly articles: number;
}

/** Chooses a company's display name: the most used short name (spellings of one key pooled), preferring Chinese, then Simplified, then the shorter. */
export function pickDisplayName(names: readonly NameUse[]): string {
  const han = (s: string) => /[\u3400-\u9fff]/.test(s);
  const byKey = new Map<string, NameUse[]>();
  for (const n of names) {
    const k = companyKey(n.name);
    byKey.set(k, [...(byKey.get(k) ?? []), n]);
  }
  // Within a key: the short spelling, most used, Simplified, shorter.
  const spell = (group: readonly NameUse[]) => [...group].sort((a, b) =>
    Number(hasLegalForm(a.name)) - Number(hasLegalForm(b.name))
    || b.articles - a.articles
    || Number(toHansAligned(b.name) === b.name) - Number(toHansAligned(a.name) === a.name)
    || [...a.name].length - [...b.name].length
    || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0];
  const candidates = [...byKey.values()].map((g) => ({ best: spell(g), uses: g.reduce((n, x) => n + x.articles, 0) }));
  candidates.sort((a, b) =>
    Number(hasLegalForm(a.best.name)) - Number(hasLegalForm(b.best.name))
    || b.uses - a.uses
    || Number(han(b.best.name)) - Number(han(a.best.name))
    || [...a.best.name].length - [...b.best.name].length
    || (a.best.name < b.best.name ? -1 : a.best.name > b.best.name ? 1 : 0));
  return candidates[0]?.best.name ?? '';
}

/** A union-find over string keys; `find` returns a component's representative. */
export class KeyUnion {
  private readonly parent = new Map<string, string>();

  /** Adds a key as its own component if it is new. */
  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  /** The representative of a key's component. */
  find(key: string): string {
    this.add(key);
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression keeps later finds flat.
    for (let k = key; k !== root;) { const next = this.parent.get(k)!; this.parent.set(k, root); k = next; }
    return root;
  }

  /** Puts two keys in one component. */
  union(a: string, b: string): void {
    const ra = this.find(a); const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }

  /** Every key added so far. */
  keys(): IterableIterator<string> {
    return this.parent.keys();
  }
}
