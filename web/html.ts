// The one way pages build HTML: Hono's `html` template, which escapes every
// interpolated string (untrusted article text included) and keeps nested
// templates as they are. Pages render synchronously, so no promise comes back.
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** HTML built by a template: interpolated strings are escaped, nested `h` results kept. */
export type Html = HtmlEscapedString;

/** Builds HTML from a template, escaping every interpolated string. */
export function h(strings: TemplateStringsArray, ...values: unknown[]): Html {
  const out = html(strings, ...values);
  if (out instanceof Promise) throw new TypeError('page templates must render synchronously');
  return out;
}

/** Joins already-built pieces of HTML. */
export function join(pieces: readonly Html[], separator = ''): Html {
  return raw(pieces.join(separator));
}
