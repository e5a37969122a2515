// One article as a reader sees it: its whole text and every fact read from
// it, each with the span of the text it rests on.
import type { Article, Fact } from '../core/types.js';
import { findArticle, listFacts, type Store } from '../store/index.js';
import { describeFact } from './labels.js';

/** A fact of an article with where it is stated. */
export interface ArticleFact {
  readonly id: number;
  readonly kind: Fact['kind'];
  readonly companyId: number | null;
  /** The resolved company's display name. */
  readonly company: string;
  readonly summary: string;
  /** Offsets of the quote in the article text. */
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly fact: Fact;
}

/** An article with its facts in text order. */
export interface ArticleView {
  readonly article: Article;
  readonly facts: readonly ArticleFact[];
}

/** The article with this id (or unique id prefix) and its facts; throws `NotFoundError` or `ArgumentError`. */
export function articleView(store: Store, idOrPrefix: string): ArticleView {
  const article = findArticle(store, idOrPrefix);
  const facts = listFacts(store, { articleId: article.id }).map((f): ArticleFact => ({
    id: f.id,
    kind: f.fact.kind,
    companyId: f.companyId,
    company: f.companyName,
    summary: describeFact(f.fact),
    start: f.fact.source.start,
    end: f.fact.source.end,
    quote: f.fact.source.quote,
    fact: f.fact,
  }));
  return { article, facts };
}
