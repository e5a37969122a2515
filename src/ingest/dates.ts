// Publication dates as sources state them → ISO strings. A date alone stays a
// date (`2025-03-04`); a date with a time keeps the source's UTC offset, so the
// calendar day a Chinese outlet printed is the day we store.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const CJK_DATE = /^(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/;

/** Converts a date as a source writes it (ISO, RFC 822, `2025年3月4日`, `2025/03/04 08:00`) to ISO, or null if it is not a date. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value).trim();
  if (!s) return null;
  let m = ISO_DATE.exec(s);
  if (m) return validDay(+m[1], +m[2], +m[3]) ? s : null;
  m = ISO_DATETIME.exec(s);
  if (m) {
    if (!validDay(+m[1], +m[2], +m[3])) return null;
    const zone = m[7] ? (m[7].toUpperCase() === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : '';
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  m = CJK_DATE.exec(s);
  if (m) {
    if (!validDay(+m[1], +m[2], +m[3])) return null;
    const day = `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`;
    return m[4] ? `${day}T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}` : day;
  }
  return fromRfc822(s);
}

/** RFC 822 / RFC 2822 dates of RSS (`Tue, 04 Mar 2025 08:00:00 +0800`), kept in their own offset. */
function fromRfc822(s: string): string | null {
  if (!/[a-z]{3}/i.test(s)) return null;
  const instant = Date.parse(s);
  if (Number.isNaN(instant)) return null;
  const zone = /([+-])(\d{2}):?(\d{2})\s*$/.exec(s);
  const offsetMin = zone ? (zone[1] === '-' ? -1 : 1) * (+zone[2] * 60 + +zone[3]) : 0;
  const local = new Date(instant + offsetMin * 60_000).toISOString().slice(0, 19);
  const suffix = zone ? `${zone[1]}${zone[2]}:${zone[3]}` : 'Z';
  return local + suffix;
}

/** Finds a date written at the start of a line (`date 2025-08-16`, `[2022-04-25 14:32]`, `21/08/2024 09:36`). */
export function leadingDate(line: string): string | null {
  const s = line.trim().replace(/^(?:date|日期|发布时间|發佈時間|时间|時間)\s*[:：]?\s*/i, '').replace(/^[[【(（]\s*/, '');
  const m = CJK_DATE.exec(s);
  if (m && validDay(+m[1], +m[2], +m[3])) return `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`;
  // Day first (Hong Kong style) only when the day cannot be a month, so it is not ambiguous.
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(s);
  if (d && +d[1] > 12 && validDay(+d[3], +d[2], +d[1])) return `${d[3]}-${pad(+d[2])}-${pad(+d[1])}`;
  return null;
}

function validDay(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
