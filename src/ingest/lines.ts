/** One line of a text with its offsets; `end` excludes the line break (and a `\r` before it). */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Splits a text into lines, keeping offsets into it (CRLF and LF alike). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    start = nl + 1;
  }
  return lines;
}

/** The span of a line without leading and trailing white space (ideographic space included). */
export function trimmedSpan(line: Line): { start: number; end: number } {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.start + lead, end: Math.max(line.start + lead, line.end - trail) };
}
