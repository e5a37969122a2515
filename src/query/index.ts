// The query layer's public surface: views over stored facts that the CLI and the server call.
export { pipeline, checkPipelineFilter, latestValuation, pipelineRow, stepsByVenue, sourceOf, evidenceOf, type PipelineFilter, type PipelineRow, type SourceRef, type Evidence, type ValuationRef } from './pipeline.js';
export { companyProfile, financialTable, type CompanyProfile, type TimelineStep, type RoundEntry, type FigureValue, type FinancialTable, type HoldingEntry, type MarketCapEntry, type ProfileFact } from './company-profile.js';
export { changes, isNewSince, type Changes, type CompanyChanges, type StageChange, type ChangedFact } from './changes.js';
export { exportFacts, factsToJsonl, factsToCsv, type ExportFilter } from './export.js';
export {
  buildDigest, renderDigest, renderDigestText, renderDigestMarkdown, renderDigestHtml, renderDigestAtom, renderDigestJsonFeed, digestJsonFeed,
  renderChangesAtom, changeTitle, articleHtml, escapeHtml, escapeMarkdown, toRfc3339, DIGEST_FORMATS,
  type Digest, type DigestArticle, type DigestFact, type DigestOptions, type DigestFormat, type FeedOptions,
} from './digest.js';
export { formatMoney, formatAmount, formatPeriod, describeFact, currencyUnit, STAGE_LABELS, VENUE_LABELS, METRIC_LABELS } from './labels.js';
export { latestStep, orderTimeline, foldVenue, compareDates, isOnOrAfter, stageRank, type StoredStep } from './steps.js';
export { toScript, type TargetScript } from './script.js';
export { toCsv, csvField } from './csv.js';
export { articleView, type ArticleView, type ArticleFact } from './article-view.js';
export { financialChart, type FinancialChart, type ChartSeries } from './financial-chart.js';
