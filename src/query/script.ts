// Script conversion for views: the text layer's faithful conversion (Taiwan-phrase repair).
import { convertScript, type ScriptTarget } from '../text/index.js';

/** A script a view can be rendered in. */
export type TargetScript = ScriptTarget;

/** Converts text to Simplified or Traditional with the text layer's faithful conversion. */
export function toScript(text: string, to: TargetScript): string {
  return convertScript(text, { to });
}
