export { toHansAligned, detectScript } from './script.js';
export { splitSentences, type Sentence } from './sentences.js';
export { findNumbers, type NumberMatch } from './numbers.js';
export { findMoney, type MoneyMatch } from './money.js';
export { findPercents, type PercentMatch } from './percents.js';
export { findDates, type DateMatch, type DateOptions } from './dates.js';
export { findPeriods, findPeriodLists, type PeriodMatch, type PeriodListMatch, type PeriodOptions } from './periods.js';
export { findValueLists, type ValueListMatch } from './value-lists.js';
export { parsingView } from './normalize.js';
