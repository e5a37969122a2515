// The parsing view of a text: Simplified script, ASCII digits and signs, same
// length as the original so that every offset found in it points into the original.
import { toHansAligned } from './script.js';

// One character in, one character out: full-width forms and odd points/dashes
// become their ASCII twins. `，` stays, because in Chinese it separates clauses
// and list items and must never read as a thousands separator.
const SINGLE: Readonly<Record<string, string>> = {
  '\uFE52': '.', // ﹒ small full stop, used as a decimal point in Hong Kong wire copy
  '\u2024': '.',
  '\u2212': '-', '\u2013': '-', '\u2010': '-', '\u2011': '-', '\uFE63': '-', '\uFE58': '-',
  '\u301C': '~', '\u223C': '~',
  '\u3000': ' ', '\u00A0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u202F': ' ',
  '\uFF61': '。',
};
const ODD = /[\uFF01-\uFF0B\uFF0D-\uFF5E\uFE52\u2024\u2212\u2013\u2010\u2011\uFE63\uFE58\u301C\u223C\u3000\u00A0\u2002\u2003\u2009\u202F\uFF61]/g;

function asciiTwin(ch: string): string {
  const single = SINGLE[ch];
  if (single !== undefined) return single;
  return String.fromCharCode(ch.charCodeAt(0) - 0xFEE0);
}

let lastText: string | undefined;
let lastView = '';

/** Returns the parsing view of `text`: Simplified, with ASCII digits, points, signs and letters, and exactly as long as `text`. */
export function parsingView(text: string): string {
  // The extractor calls several finders on one text in a row: convert it once.
  if (text === lastText) return lastView;
  const view = toHansAligned(text).replace(ODD, asciiTwin);
  lastText = text;
  lastView = view.length === text.length ? view : text;
  return lastView;
}
