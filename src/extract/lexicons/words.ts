import { readFileSync } from 'node:fs';
import type { Metric, Stage } from '../../core/types.js';

// JSON is read beside this module both under tsx (src/) and after the build (dist/ gets a copy).
function load<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as T;
}

interface CompanyWords {
  readonly legalForms: { readonly list: readonly string[] };
  readonly places: { readonly list: readonly string[] };
  readonly industryEndings: { readonly list: readonly string[] };
  readonly cutWords: { readonly list: readonly string[] };
  readonly genericNames: { readonly list: readonly string[] };
  readonly nonNameWords: { readonly list: readonly string[] };
}
interface StageWords {
  readonly cues: readonly { readonly stage: Stage; readonly patterns: readonly string[] }[];
  readonly intentions: { readonly list: readonly string[] };
}
interface FinanceWords {
  readonly metrics: { readonly list: readonly { readonly metric: Metric; readonly patterns: readonly string[] }[] };
  readonly lossWords: { readonly list: readonly string[] };
  readonly forecastWords: { readonly list: readonly string[] };
  readonly financingRounds: { readonly pattern: string };
  readonly investorCues: { readonly before: readonly string[]; readonly after: readonly string[] };
  readonly adjustedWords: { readonly pattern: string };
  readonly hongKongWriting: { readonly marks: readonly string[]; readonly market: readonly string[] };
}

/** Words about company names: legal forms, places, industry endings, cut words, generic names. */
export const COMPANY_WORDS: CompanyWords = load('company-words.json');
/** IPO stage cues in checking order, and the words that make a cue an intention. */
export const STAGE_WORDS: StageWords = load('stages.json');
/** Metric, loss, forecast, round and investor words. */
export const FINANCE_WORDS: FinanceWords = load('finance-words.json');
