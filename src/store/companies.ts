// Companies across articles: facts name their company (and its aliases) as
// the article does; this file links those names into company rows. Keys
// (`companyKey`) are the nodes, an article's alias declaration or a user
// correction the edges; a company is a connected set of keys holding at least
// one fact's subject. User corrections are replayed on every rebuild, so
// they survive re-ingest.
import { ArgumentError, NotFoundError } from '../core/errors.js';
import type { Store } from './db.js';
import { KeyUnion, companyKey, isUsableName, pickDisplayName } from './company-key.js';

/** A company as stored. */
export interface Company {
  readonly id: number;
  /** Display name: the most used short name. */
  readonly name: string;
}

/** One name of a company and where it came from (`article` or `user`). */
export interface CompanyAlias {
  readonly alias: string;
  readonly key: string;
  readonly origin: 'article' | 'user';
}

/** A company with its names and how many facts and articles speak of it. */
export interface CompanySummary extends Company {
  readonly aliases: readonly string[];
  readonly facts: number;
  readonly articles: number;
}

/** A user correction: `merge A B`, `alias NAME ALIAS`, `split NAME ALIAS`. */
export type CorrectionAction = 'merge' | 'alias' | 'split';

/** A stored user correction, replayed in `id` order. */
export interface Correction {
  readonly id: number;
  readonly action: CorrectionAction;
  readonly a: string;
  readonly b: string;
  readonly createdAt: string;
}

interface FactNames {
  readonly id: number;
  readonly company: string;
  readonly aliases: readonly string[];
}

/** Reads the subject and declared aliases of the given facts (all facts when `ids` is omitted). */
function readFactNames(store: Store, ids?: readonly number[]): FactNames[] {
  const rows = ids
    ? store.prepare(`SELECT f.id, f.company, j.value AS alias FROM facts f LEFT JOIN json_each(f.data, '$.company_aliases') j
        WHERE f.id IN (SELECT value FROM json_each(?)) ORDER BY f.id`).all(JSON.stringify(ids))
    : store.prepare(`SELECT f.id, f.company, j.value AS alias FROM facts f LEFT JOIN json_each(f.data, '$.company_aliases') j ORDER BY f.id`).all();
  const byId = new Map<number, { id: number; company: string; aliases: string[] }>();
  for (const r of rows as { id: number; company: string; alias: unknown }[]) {
    let f = byId.get(r.id);
    if (!f) byId.set(r.id, f = { id: r.id, company: r.company, aliases: [] });
    if (typeof r.alias === 'string' && r.alias.trim()) f.aliases.push(r.alias.trim());
  }
  return [...byId.values()];
}

/** Keys cut loose by `split` corrections: article declarations never link them. */
function splitKeys(corrections: readonly Correction[]): Set<string> {
  return new Set(corrections.filter((c) => c.action === 'split').map((c) => companyKey(c.b)));
}

/** The alias declarations of one fact that may link companies: usable names, not cut loose by a split. */
function linkedAliases(f: FactNames, isolated: ReadonlySet<string>): string[] {
  const own = companyKey(f.company);
  if (isolated.has(own)) return [];
  return f.aliases.filter((a) => isUsableName(a) && !isolated.has(companyKey(a)));
}

/** Every stored user correction in the order they were made. */
export function listCorrections(store: Store): Correction[] {
  return (store.prepare('SELECT id, action, a, b, created_at AS createdAt FROM company_corrections ORDER BY id').all()) as Correction[];
}

/** Gives each of the given (new) facts its company, creating, extending or merging companies as their names say. */
export function resolveNewFacts(store: Store, factIds: readonly number[]): void {
  if (factIds.length === 0) return;
  const isolated = splitKeys(listCorrections(store));
  const findByKeys = store.prepare(`SELECT DISTINCT company_id AS id FROM company_aliases WHERE key IN (SELECT value FROM json_each(?)) ORDER BY company_id`);
  const insertCompany = store.prepare('INSERT INTO companies (name, created_at) VALUES (?, ?)');
  const insertAlias = store.prepare(`INSERT OR IGNORE INTO company_aliases (company_id, alias, key, origin) VALUES (?, ?, ?, 'article')`);
  const setFact = store.prepare('UPDATE facts SET company_id = ? WHERE id = ?');
  const touched = new Set<number>();
  for (const f of readFactNames(store, factIds)) {
    const names = [f.company, ...linkedAliases(f, isolated)];
    const keys = [...new Set(names.map(companyKey))];
    const ids = (findByKeys.all(JSON.stringify(keys)) as { id: number }[]).map((r) => r.id);
    let id: number;
    if (ids.length === 0) id = Number(insertCompany.run(f.company, new Date().toISOString()).lastInsertRowid);
    else {
      id = ids[0];
      // The article declared these names one company: that joins companies already apart.
      for (const other of ids.slice(1)) { mergeCompanyRows(store, id, other); touched.delete(other); }
    }
    for (const n of names) insertAlias.run(id, n, companyKey(n));
    setFact.run(id, f.id);
    touched.add(id);
  }
  for (const id of touched) refreshCompanyName(store, id);
}

/** Moves every alias and fact of company `from` into `into` and deletes `from`. */
function mergeCompanyRows(store: Store, into: number, from: number): void {
  store.prepare(`INSERT OR IGNORE INTO company_aliases (company_id, alias, key, origin) SELECT ?, alias, key, origin FROM company_aliases WHERE company_id = ?`).run(into, from);
  store.prepare('UPDATE facts SET company_id = ? WHERE company_id = ?').run(into, from);
  store.prepare('DELETE FROM companies WHERE id = ?').run(from);
}

/** Recomputes a company's display name from how its facts name it. */
function refreshCompanyName(store: Store, id: number): void {
  const uses = store.prepare(`SELECT a.alias AS name, COUNT(DISTINCT f.article_id) AS articles
    FROM company_aliases a LEFT JOIN facts f ON f.company_id = a.company_id AND f.company = a.alias
    WHERE a.company_id = ? GROUP BY a.alias`).all(id) as { name: string; articles: number }[];
  if (uses.length) store.prepare('UPDATE companies SET name = ? WHERE id = ?').run(pickDisplayName(uses), id);
}

/** Re-resolves every fact's company from scratch (article declarations, then user corrections in order), keeping company ids where the same names stay together. */
export function rebuildCompanies(store: Store): void {
  store.transaction(() => {
    const corrections = listCorrections(store);
    const isolated = splitKeys(corrections);
    const facts = readFactNames(store);
    // Edges as [keyA, keyB]; a split drops every edge made so far that touches its key.
    let edges: [string, string][] = [];
    const union = new KeyUnion();
    const namesOf = new Map<string, Map<string, 'article' | 'user'>>();
    const addName = (name: string, origin: 'article' | 'user') => {
      const k = companyKey(name);
      union.add(k);
      let m = namesOf.get(k);
      if (!m) namesOf.set(k, m = new Map());
      if (!m.has(name) || origin === 'article') m.set(name, origin);
      return k;
    };
    for (const f of facts) {
      const k0 = addName(f.company, 'article');
      for (const a of linkedAliases(f, isolated)) edges.push([k0, addName(a, 'article')]);
    }
    for (const c of corrections) {
      if (c.action === 'split') {
        const k = companyKey(c.b);
        edges = edges.filter(([x, y]) => x !== k && y !== k);
      } else {
        const ka = companyKey(c.a);
        const kb = addName(c.b, 'user');
        if (c.action === 'merge') union.add(ka);
        edges.push([ka, kb]);
      }
    }
    for (const [x, y] of edges) union.union(x, y);

    const subjects = new Set(facts.map((f) => union.find(companyKey(f.company))));
    // Keep ids stable: a component keeps the old company that held most of its names.
    const old = store.prepare('SELECT company_id AS id, key FROM company_aliases').all() as { id: number; key: string }[];
    const votes = new Map<string, Map<number, number>>();
    for (const r of old) {
      const root = union.find(r.key);
      if (!subjects.has(root)) continue;
      let v = votes.get(root);
      if (!v) votes.set(root, v = new Map());
      v.set(r.id, (v.get(r.id) ?? 0) + 1);
    }
    const idOf = new Map<string, number>();
    const taken = new Set<number>();
    const claims = [...votes].flatMap(([root, v]) => [...v].map(([id, n]) => ({ root, id, n })))
      .sort((a, b) => b.n - a.n || a.id - b.id);
    for (const c of claims) {
      if (idOf.has(c.root) || taken.has(c.id)) continue;
      idOf.set(c.root, c.id); taken.add(c.id);
    }
    const now = new Date().toISOString();
    const insertCompany = store.prepare('INSERT INTO companies (name, created_at) VALUES (?, ?)');
    for (const root of [...subjects].sort()) {
      if (!idOf.has(root)) idOf.set(root, Number(insertCompany.run(root, now).lastInsertRowid));
    }

    store.prepare('DELETE FROM company_aliases').run();
    const insertAlias = store.prepare('INSERT OR IGNORE INTO company_aliases (company_id, alias, key, origin) VALUES (?, ?, ?, ?)');
    for (const [k, names] of namesOf) {
      const id = idOf.get(union.find(k));
      if (id === undefined) continue;
      for (const [name, origin] of names) insertAlias.run(id, name, k, origin);
    }
    const setFact = store.prepare('UPDATE facts SET company_id = ? WHERE id = ? AND company_id IS NOT ?');
    for (const f of facts) {
      const id = idOf.get(union.find(companyKey(f.company)))!;
      setFact.run(id, f.id, id);
    }
    store.prepare('DELETE FROM companies WHERE id NOT IN (SELECT DISTINCT company_id FROM facts WHERE company_id IS NOT NULL)').run();
    for (const id of new Set(idOf.values())) refreshCompanyName(store, id);
  })();
}

/** Finds the company a name (any alias, either script, with or without legal form) or `#id` refers to. */
export function findCompany(store: Store, name: string): Company | undefined {
  const trimmed = name.trim();
  const byAlias = store.prepare(`SELECT c.id, c.name FROM company_aliases a JOIN companies c ON c.id = a.company_id
    WHERE a.alias = ? ORDER BY c.id LIMIT 1`).get(trimmed) as Company | undefined;
  if (byAlias) return byAlias;
  const byKey = store.prepare(`SELECT c.id, c.name FROM company_aliases a JOIN companies c ON c.id = a.company_id
    WHERE a.key = ? ORDER BY c.id LIMIT 1`).get(companyKey(trimmed)) as Company | undefined;
  if (byKey) return byKey;
  const id = /^#?(\d+)$/.exec(trimmed);
  return id ? getCompany(store, Number(id[1])) : undefined;
}

/** The company with this id, if any. */
export function getCompany(store: Store, id: number): Company | undefined {
  return store.prepare('SELECT id, name FROM companies WHERE id = ?').get(id) as Company | undefined;
}

/** Finds a company by name or throws `NotFoundError`. */
export function requireCompany(store: Store, name: string): Company {
  const c = findCompany(store, name);
  if (!c) throw new NotFoundError('company', name);
  return c;
}

/** Every name of a company, article-declared and user-given. */
export function companyAliases(store: Store, id: number): CompanyAlias[] {
  return store.prepare('SELECT alias, key, origin FROM company_aliases WHERE company_id = ? ORDER BY origin, key, alias').all(id) as CompanyAlias[];
}

/** Every company with its names and counts, by name. */
export function listCompanies(store: Store): CompanySummary[] {
  const rows = store.prepare(`SELECT c.id, c.name,
      (SELECT json_group_array(alias) FROM company_aliases a WHERE a.company_id = c.id) AS aliases,
      (SELECT COUNT(*) FROM facts f WHERE f.company_id = c.id) AS facts,
      (SELECT COUNT(DISTINCT article_id) FROM facts f WHERE f.company_id = c.id) AS articles
    FROM companies c ORDER BY c.name, c.id`).all() as { id: number; name: string; aliases: string; facts: number; articles: number }[];
  return rows.map((r) => ({ ...r, aliases: (JSON.parse(r.aliases) as string[]).filter((a) => a !== r.name) }));
}

/** Records a user correction and re-resolves every company; returns the company the first name now belongs to. */
export function correctCompanies(store: Store, action: CorrectionAction, a: string, b: string): Company {
  const first = requireCompany(store, a);
  if (!b.trim()) throw new ArgumentError(`${action}: the second name is empty`, { action });
  if (action === 'merge') requireCompany(store, b);
  if (action === 'alias' && !isUsableName(b)) throw new ArgumentError(`alias: "${b}" is too generic to name a company`, { alias: b });
  if (action === 'split') {
    const kb = companyKey(b);
    const names = companyAliases(store, first.id);
    if (!names.some((n) => n.key === kb)) throw new ArgumentError(`split: "${b}" is not a name of ${first.name}`, { company: first.name, alias: b });
    if (names.every((n) => n.key === kb)) throw new ArgumentError(`split: ${first.name} has no other name to split "${b}" from`, { company: first.name, alias: b });
  }
  store.transaction(() => {
    store.prepare('INSERT INTO company_corrections (action, a, b, created_at) VALUES (?, ?, ?, ?)').run(action, a.trim(), b.trim(), new Date().toISOString());
    rebuildCompanies(store);
  })();
  return requireCompany(store, a);
}
