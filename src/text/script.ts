import OpenCC from 'opencc-js';
import type { Script } from '../core/types.js';

const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const charCache = new Map<string, string>();
let toTw: ((text: string) => string) | undefined;

/** Converts Traditional characters to Simplified one character at a time, keeping every offset: the result has the same length as `text`. */
export function toHansAligned(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch.charCodeAt(0) < 0x2e80) { out += ch; continue; }
    let s = charCache.get(ch);
    if (s === undefined) {
      const c = String(toCn(ch));
      // A conversion that changes the length would break offsets: keep the original.
      s = c.length === ch.length ? c : ch;
      charCache.set(ch, s);
    }
    out += s;
  }
  return out;
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
