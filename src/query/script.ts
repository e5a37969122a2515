// Script conversion for views: the text layer's faithful `convertScript`
// (Taiwan-phrase repair) where it exists, else opencc-js character by phrase.
import OpenCC from 'opencc-js';
import * as textLayer from '../text/index.js';

/** A script a view can be rendered in. */
export type TargetScript = 'hans' | 'hant';

type Convert = (text: string, options: { to: TargetScript }) => unknown;
let fallback: Partial<Record<TargetScript, (s: string) => string>> = {};

/** Converts text to Simplified or Traditional with the text layer's faithful conversion (opencc-js until it exists). */
export function toScript(text: string, to: TargetScript): string {
  const convert = (textLayer as unknown as Record<string, unknown>).convertScript as Convert | undefined;
  if (typeof convert === 'function') {
    const out = convert(text, { to });
    if (typeof out === 'string') return out;
    if (out && typeof (out as { text?: unknown }).text === 'string') return (out as { text: string }).text;
  }
  const f = fallback[to] ?? (to === 'hans' ? OpenCC.Converter({ from: 'twp', to: 'cn' }) : OpenCC.Converter({ from: 'cn', to: 'tw' }));
  fallback = { ...fallback, [to]: f };
  return f(text);
}
