// The parts of an IPO step that are read around its cue: venue, date and the company's offering context.
export { venueOf, type Cue } from './venue.js';
export { dateOf } from './dates.js';
export { findCues } from './cues.js';
export { companyContext, exactRaise, nearest, RAISE_CUE, ROUND_TALK, STANDARD, type CompanyIpoContext } from './context.js';
