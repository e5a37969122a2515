import type { Span } from '../../core/types.js';
import type { ExtractDoc } from '../doc.js';
import type { Cue } from './venue.js';
import { findCues } from './cues.js';
import { inOtherEventClause } from '../emit.js';

// When a step took place: the date stated with it, else the date the same step was told with
// just before (or the day 届时/同日 point to), else (weakly) the month of the article's lead.

/** The date of a step: stated in its clause (before the cue first), else in its sentence, else told with the same step before, else (weakly) the lead's month. */
export function dateOf(doc: ExtractDoc, sentence: Span, clause: Span, cue: Cue): { iso: string; weak: boolean } | undefined {
  const stated = statedDate(doc, sentence, clause, cue);
  if (stated) return { iso: stated, weak: false };
  const lede = ledeMonth(doc, sentence);
  return lede ? { iso: lede, weak: true } : undefined;
}

function statedDate(doc: ExtractDoc, sentence: Span, clause: Span, cue: Cue): string | undefined {
  // "申请失效后于7月再度递表": past 后 a date is the next event's.
  const then = /^(?:后|之后|以后)/.test(doc.s.slice(cue.end, cue.end + 2));
  const inClause = doc.dates.filter((d) => d.start >= clause.start && d.end <= (then ? cue.start : clause.end));
  const before = inClause.filter((d) => d.end <= cue.start);
  const inSentence = doc.dates.filter((d) => d.start >= sentence.start && d.end <= cue.start && !inOtherEventClause(doc, d.start, cue));
  // 同日/届时 point to the day the same step was told before, else to the sentence before's; a date later in the clause is another's.
  const pointed = THEN.test(doc.s.slice(sentence.start, cue.start));
  const back = () => (pointed ? sameStepBefore(doc, sentence, cue) ?? pointedBack(doc, sentence) : sameStepBefore(doc, sentence, cue));
  const chosen = before[before.length - 1] ?? (pointed ? undefined : inClause[0]) ?? inSentence[inSentence.length - 1] ?? back();
  return chosen ? rangeAware(doc, chosen, cue) : undefined;
}

// "…定于8月11日召开审议会议。届时将审议A和B的申请": words that point to the time the sentence before told.
const THEN = /届时|当天|当日|同日|同一天|同一日/;

// A sentence that points to another time than the news's own.
const OTHER_TIME = /此前|之前|曾|去年|前年|当年|早在|后来|随后|以来|此后/;

/**
 * "6月22日，深交所发出首批33家企业的受理通知。首批受理的企业中，A、B…": a step a sentence
 * tells without a date is the one a sentence just before told of with its date (same stage, same paragraph or the one before).
 */
function sameStepBefore(doc: ExtractDoc, sentence: Span, cue: Cue): ExtractDoc['dates'][number] | undefined {
  if (OTHER_TIME.test(doc.s.slice(sentence.start, sentence.end))) return undefined;
  const i = doc.sentences.findIndex((x) => x.start === sentence.start);
  const paragraphs = doc.paragraphs.filter((p) => p.start <= sentence.start);
  const from = paragraphs.length >= 2 ? paragraphs[paragraphs.length - 2].start : 0;
  const lede = ledeParagraph(doc);
  const candidates = doc.sentences.filter((x, k) => (k < i && k >= i - 3 && x.start >= from) || (lede && x.start >= lede.start && x.end <= lede.end && x.end <= sentence.start));
  // Nearest first; the lead, which sums up the news with its date, last.
  for (const earlier of candidates.reverse()) {
    const same = findCues(doc, earlier).find((c) => c.stage === cue.stage);
    // "截至上月底，今年已有80家公司递表": a cut-off of a count is no day of a step.
    const dates = same ? doc.dates.filter((d) => d.start >= earlier.start && d.end <= same.start && !(d.relative && d.precision === 'year')
      && !/截至|截止/.test(doc.s.slice(Math.max(earlier.start, d.start - 3), d.start))) : [];
    if (dates.length) return dates[dates.length - 1];
  }
  return undefined;
}

/** The article's lead: the first paragraph of the body with some length to it. */
function ledeParagraph(doc: ExtractDoc): Span | undefined {
  return doc.paragraphs.find((p) => p.start >= doc.article.bodySpan.start && doc.s.slice(p.start, p.end).trim().length > 30 && !BYLINE.test(doc.s.slice(p.start, p.end)));
}

// "2019-03-23 09:41:06  来源：中国证券网  编辑：杨帆": a header or byline line is no lead.
const BYLINE = /^(?=.{0,100}$)\s*(?:\d{4}[-/年.]\d{1,2}|.*(?:来源|编辑|责任编辑|作者|撰文|出版|记者)[：:\s])/;

function pointedBack(doc: ExtractDoc, sentence: Span): ExtractDoc['dates'][number] | undefined {
  const previous = doc.sentences[doc.sentences.findIndex((x) => x.start === sentence.start) - 1];
  const dates = previous ? doc.dates.filter((d) => d.start >= previous.start && d.end <= previous.end && !d.relative) : [];
  return dates[dates.length - 1];
}

const RANGE_JOIN = /^\s*[)）]?\s*(?:-|–|—|~|～|至|到|起至|起到)\s*(?:下?周[一二三四五六日]?)?\s*[(（]?\s*$/;

/**
 * A date that is one end of a range ("上周(4月18日-4月24日)…过会", "今日起至12月23日招股") is no day of the step:
 * an offering or listing starts on the range's first day; any other step took place within it, so its month is told.
 */
function rangeAware(doc: ExtractDoc, d: ExtractDoc['dates'][number], cue: Cue): string {
  const i = doc.dates.indexOf(d);
  const prev = doc.dates[i - 1];
  const next = doc.dates[i + 1];
  const startOf = prev && RANGE_JOIN.test(doc.s.slice(prev.end, d.start)) ? prev : next && RANGE_JOIN.test(doc.s.slice(d.end, next.start)) ? d : undefined;
  if (!startOf) return d.iso;
  return cue.stage === 'offering' || cue.stage === 'listed' ? startOf.iso : startOf.iso.slice(0, 7);
}

/** For a step told in the title or lead paragraph without a date of its own: the month of the lead's first date (the news's own time). */
function ledeMonth(doc: ExtractDoc, sentence: Span): string | undefined {
  const lede = ledeParagraph(doc);
  if (!lede) return undefined;
  // Past the lead, only a sentence that points to no other time (此前, 曾, 去年…) is the news's own.
  // "北交所设立以来过会企业达到15家" counts since a market opened: no other time of the step.
  if (sentence.start > lede.end && /此前|之前|曾|去年|前年|当年|早在|后来|随后|(?<!设立|成立|开市|开板|开通|运行)以来|年|月|日/.test(doc.s.slice(sentence.start, sentence.end))) return undefined;
  const first = doc.dates.find((d) => d.start >= lede.start && d.end <= lede.end && !d.relative);
  return first ? first.iso.slice(0, 7) : undefined;
}

