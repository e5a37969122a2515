import type { Article, Fact } from '../core/types.js';
import { createDoc, type ExtractDoc } from './doc.js';
import { findLegalNames } from './rules/find-legal-names.js';
import { declareAliases } from './rules/declare-aliases.js';
import { deriveShortNames, deriveStems } from './rules/derive-short-names.js';
import { findSubjectNames } from './rules/find-subject-names.js';
import { findListedNames } from './rules/find-listed-names.js';
import { markOtherParties } from './rules/mark-other-parties.js';
import { extractIpoSteps } from './rules/extract-ipo-steps.js';
import { extractFinancials } from './rules/extract-financials.js';
import { readFigureTables } from './rules/read-figure-tables.js';
import { extractFundingAndValue } from './rules/extract-funding-and-value.js';
import { extractShareholdings } from './rules/extract-shareholdings.js';
import { dropRepeatedFacts } from './rules/drop-repeated-facts.js';

/** One extraction rule: reads the document and adds names or facts to it. */
export type Rule = (doc: ExtractDoc) => void;

/**
 * The rules in the order they must run:
 * names first (registered names, then what the text declares, then subjects
 * before cues and the names listed with them, then short forms of registered
 * names, which may join or must avoid those subjects), so that every later rule sees
 * all of an article's companies; then the parties that are never subjects
 * (brokers, funds); then mentions are located once; then each kind of fact
 * (figures told in sentences before those read from tables, so a figure stated both ways keeps its sentence);
 * last, facts stated twice (title and body) are folded into one.
 */
export const RULES: readonly Rule[] = [
  findLegalNames,
  declareAliases,
  findSubjectNames,
  findListedNames,
  deriveShortNames,
  deriveStems,
  markOtherParties,
  (doc) => doc.companies.locate(),
  extractIpoSteps,
  extractFinancials,
  readFigureTables,
  extractFundingAndValue,
  extractShareholdings,
  dropRepeatedFacts,
];

/** Extracts every fact of the contract from one article, each with its exact quote. */
export function extractFacts(article: Article): Fact[] {
  const doc = createDoc(article);
  for (const rule of RULES) rule(doc);
  return doc.facts;
}

export { createDoc, type ExtractDoc } from './doc.js';
export { evaluate, pairFacts, factsMatch, normalizeName, type Evaluation, type LooseFact, type Pairing, type Score } from './evaluate.js';
