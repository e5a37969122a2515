import OpenCC from 'opencc-js';
import type { Script } from '../core/types.js';

const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
let toTw: ((text: string) => string) | undefined;
const hansCache = new Map<string, string>();
const hantCache = new Map<string, string>();

// One code point at a time (a surrogate pair stays one unit); a conversion that
// would change the length keeps the original, so every offset stays valid.
function convertAligned(text: string, convert: (ch: string) => string, cache: Map<string, string>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) { out += text[i]; continue; }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const ch = pair ? text.slice(i, i + 2) : text[i];
    let s = cache.get(ch);
    if (s === undefined) {
      const c = String(convert(ch));
      s = c.length === ch.length ? c : ch;
      cache.set(ch, s);
    }
    out += s;
    if (pair) i++;
  }
  return out;
}

/** Converts Traditional characters to Simplified one character at a time, keeping every offset: the result has the same length as `text`. */
export function toHansAligned(text: string): string {
  // 覆 stays 覆 one character at a time (覆盖); in 回覆/答覆/批覆 it is the Traditional 复 (same length, offsets hold).
  return convertAligned(text, toCn, hansCache).replace(/([回答批])覆/g, '$1复');
}

/** Converts Simplified characters to Traditional (Taiwan standard forms) one character at a time: the result has the same length as `text`. */
export function toHantAligned(text: string): string {
  // Building the cn → tw converter costs ~100 ms: only on first use.
  const convert = (toTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return convertAligned(text, convert, hantCache);
}

/** Detects the script of a text by counting characters that differ between the scripts. */
export function detectScript(text: string): Script {
  let hans = 0; let hant = 0;
  // Building a converter costs ~100 ms: build it once, on first use.
  toTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  const asHans = toHansAligned(text);
  const asHant = toTw!(text);
  for (let i = 0; i < text.length; i++) {
    if (asHans[i] !== text[i]) hant++;
    else if (asHant.length === text.length && asHant[i] !== text[i]) hans++;
  }
  if (hans + hant < 3) return 'unknown';
  if (hant > 0 && hans > 0 && Math.min(hans, hant) / (hans + hant) > 0.1) return 'mixed';
  return hant > hans ? 'hant' : 'hans';
}
