// The store's public surface: open/migrate, facts, companies (articles are added by their owner).
export { openStore, migrate, resolveDbPath, DEFAULT_DB, type Store } from './db.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { saveFacts, listFacts, articleIdsForCompany, countFacts, type StoredFact, type FactArticle, type FactFilter } from './facts.js';
export {
  findCompany, getCompany, requireCompany, companyAliases, listCompanies, correctCompanies, listCorrections, rebuildCompanies,
  type Company, type CompanyAlias, type CompanySummary, type Correction, type CorrectionAction,
} from './companies.js';
export { companyKey, isUsableName, pickDisplayName } from './company-key.js';
export {
  articleExists, insertArticle, getArticle, findArticle, listArticles, countArticles,
  type ArticleSummary, type ArticleFilter,
} from './articles.js';
export { searchArticles, mergeSpans, type SearchHit, type SearchOptions, type Snippet } from './search.js';
