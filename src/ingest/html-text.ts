// HTML fragments → plain text with one line per block, for feeds and pages.
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG']);

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** Reduces an HTML fragment to text: blocks and `<br>` become line breaks, runs of spaces collapse. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidyLines(html);
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return nodeText(document.body as unknown as DomNode);
}

/** Text of a DOM node with blocks on their own lines. */
export function nodeText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) { parts.push((node.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' ')); return; }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') { parts.push('\n'); return; }
    // Table cells stay apart on their row's line.
    if (name === 'TD' || name === 'TH') parts.push(' ');
    const block = BLOCK.has(name);
    if (block) parts.push('\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) parts.push('\n');
  };
  walk(root);
  return tidyLines(parts.join(''));
}

/** Trims every line, drops empty ones, and joins them with single line breaks. */
export function tidyLines(text: string): string {
  return text.split(/\r?\n/).map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
}
