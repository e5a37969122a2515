// Test helpers for the query layer: articles we write, facts with exact
// quotes found in them, and a fresh store in a temp dir.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article, Fact } from '../../src/core/types.js';
import { openStore, type Store } from '../../src/store/index.js';
import { insertArticle } from '../../src/store/articles.js';
import { detectScript } from '../../src/text/index.js';

/** A fresh store in a new temp dir. */
export function tempStore(): { store: Store; dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kechuang-'));
  const file = path.join(dir, 'k.db');
  return { store: openStore(file), dir, file };
}

/** Builds an article as ingest would (title line, body line) without storing it. */
export function makeArticle(title: string, body: string, extra: Partial<Pick<Article, 'outlet' | 'tags' | 'publishedAt' | 'url'>> = {}): Article {
  const text = `${title}\n${body}`;
  return {
    id: createHash('sha256').update(text + (extra.outlet ?? '')).digest('hex').slice(0, 16),
    text, title, body,
    titleSpan: { start: 0, end: title.length },
    bodySpan: { start: title.length + 1, end: text.length },
    outlet: extra.outlet ?? null, url: extra.url ?? null, tags: extra.tags ?? [], publishedAt: extra.publishedAt ?? null,
    file: 'test.txt', position: 0, script: detectScript(text), format: 'digest', messages: [],
  };
}

/** Stores an article and returns it. */
export function addArticle(store: Store, title: string, body: string, extra: Parameters<typeof makeArticle>[2] = {}, ingestedAt?: string): Article {
  const a = makeArticle(title, body, extra);
  insertArticle(store, a, ingestedAt);
  return a;
}

type FactFields = Fact extends infer F ? F extends Fact ? Omit<F, 'source' | 'company_aliases'> & { company_aliases?: readonly string[] } : never : never;

/** A fact whose source is the first occurrence of `quote` in the article (throws when absent). */
export function factIn(article: Article, quote: string, fields: FactFields): Fact {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in article: ${quote}`);
  return { company_aliases: [], ...fields, source: { doc: article.id, start, end: start + quote.length, quote } } as Fact;
}
