import type { Span } from '../../core/types.js';
import type { ExtractDoc } from '../doc.js';
import { STAGE_WORDS } from '../lexicons/words.js';
import type { Cue } from './venue.js';

// The words that tell a step of a listing, found in the order the stage lexicon lists them.

const CUES = STAGE_WORDS.cues.map((c) => ({ stage: c.stage, re: new RegExp(c.patterns.join('|'), 'g') }));

// Cues are read again when a later step looks back for its date: each sentence's are found once.
const found = new WeakMap<ExtractDoc, Map<number, Cue[]>>();

/** Stage cues of a sentence, most specific first; a found cue masks its span from the later, shorter ones. */
export function findCues(doc: ExtractDoc, sentence: Span): Cue[] {
  const byStart = found.get(doc) ?? found.set(doc, new Map()).get(doc)!;
  const known = byStart.get(sentence.start);
  if (known) return known;
  const cues = scanCues(doc, sentence);
  byStart.set(sentence.start, cues);
  return cues;
}

function scanCues(doc: ExtractDoc, sentence: Span): Cue[] {
  const seg = doc.s.slice(sentence.start, sentence.end);
  const taken = new Uint8Array(seg.length);
  const out: Cue[] = [];
  for (const { stage, re } of CUES) {
    for (const m of seg.matchAll(re)) {
      const a = m.index!; const b = a + m[0].length;
      if (b === a || taken.subarray(a, b).some((x) => x)) continue;
      taken.fill(1, a, b);
      out.push({ stage, start: sentence.start + a, end: sentence.start + b });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

