// Loads the dev corpus into a store with its GOLD facts (not the extractor's),
// so view tests run on real news independent of extraction quality. Gold
// fields given as arrays (any of these values) take their first value, except
// venue, which takes the most specific (a board over plain `A`).
import fs from 'node:fs';
import path from 'node:path';
import type { Article, Fact } from '../../src/core/types.js';
import { readInput } from '../../src/ingest/index.js';
import { insertArticle } from '../../src/store/articles.js';
import { saveFacts, type Store } from '../../src/store/index.js';

/** The dev corpus folder, beside the repository. */
export const DEV_CORPUS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared/corpus/dev');

/** Stores every dev-corpus article with the gold facts whose quote hint is found in it; returns counts. */
export function loadGoldCorpus(store: Store): { articles: number; facts: number; skipped: number } {
  let articles = 0; let facts = 0; let skipped = 0;
  for (const name of fs.readdirSync(DEV_CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
    const result = readInput(path.join(DEV_CORPUS, name));
    if ('error' in result) throw result.error;
    const gold = fs.readFileSync(path.join(DEV_CORPUS, name.replace(/\.txt$/, '.gold.jsonl')), 'utf8')
      .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
    const byArticle = new Map<Article, Fact[]>(result.articles.map((a) => [a, []]));
    for (const g of gold) {
      const quote = String(g.quote ?? '');
      const article = quote ? result.articles.find((a) => a.text.includes(quote)) : undefined;
      if (!article) { skipped++; continue; }
      const start = article.text.indexOf(quote);
      const fact: Record<string, unknown> = { company_aliases: [], ...g, source: { doc: article.id, start, end: start + quote.length, quote } };
      delete fact.quote;
      for (const [k, v] of Object.entries(fact)) {
        if (!Array.isArray(v) || ['company_aliases', 'sponsors', 'investors'].includes(k)) continue;
        fact[k] = k === 'venue' ? (v.find((x) => x !== 'A') ?? v[0]) : v[0];
      }
      byArticle.get(article)!.push(fact as unknown as Fact);
    }
    for (const [article, fs_] of byArticle) {
      insertArticle(store, article);
      saveFacts(store, article.id, fs_);
      articles++; facts += fs_.length;
    }
  }
  return { articles, facts, skipped };
}
