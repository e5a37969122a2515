// A single article in plain text. The text is the whole file as decoded, so
// every offset points into the file as the reader sees it.
import type { Article, Message } from '../core/types.js';
import { InputError } from '../core/errors.js';
import { buildArticle, leadTitleSpan } from './article.js';
import { leadingDate } from './dates.js';
import { splitLines, trimmedSpan } from './lines.js';

/** A first line longer than this (or ending in 。) is a paragraph, not a title. */
const TITLE_MAX = 60;
/** How many lines at the top may be bylines, captions and dates before the title. */
const PREAMBLE_MAX = 6;

const META_LINE = [
  /^(?:来源|來源|图片来源|圖片來源|编辑|編輯|责编|責編|责任编辑|責任編輯|作者|撰文|对话|對話|文)\s*[:：|｜丨/]/,
  /^[■●▲▼◆\s]*\S{0,8}(?:记者|記者)\s+\S{1,12}$/,
  /(?:供图|供圖|摄|攝)[)）]?$|^[(（]?(?:图|圖)\s*[/／|丨]/,
];
// What may follow the date of a dated header line: an outlet, a source label, a weekday.
const DATED_LABEL = /^(?:(?:来源|來源)[:：]?)?[\u3400-\u9fffA-Za-z|｜丨]{0,10}(?:星期[一二三四五六日天])?$/;
const SOURCE = /(?:^|[\s\]】])(?:来源|來源)\s*[:：]\s*([^\s:：|｜丨,，。;；]{2,16})/;
// A leading `date 2025-08-16` or `【某报专讯】` dateline is not part of the title.
const LEAD_MARKERS = /^(?:date\s+\d{4}-\d{2}-\d{2}\s*)?(?:【[^】]{1,20}】\s*)?/i;

/** Reads a file of one article: the first real line is its title, the rest its body; a paragraph first line stays in the body. */
export function readPlain(text: string, file: string): Article[] {
  const lines = splitLines(text).filter((l) => l.text.trim() !== '');
  if (lines.length === 0) throw new InputError('FORMAT_INVALID', file, 'empty file: no article text');
  const messages: Message[] = [];

  let publishedAt: string | null = null;
  let outlet: string | null = null;
  for (const l of lines.slice(0, 5)) {
    publishedAt ??= publicationDate(l.text);
    outlet ??= SOURCE.exec(l.text)?.[1] ?? null;
  }

  let t = 0;
  while (t < Math.min(PREAMBLE_MAX, lines.length - 1) && isPreamble(lines[t].text.trim())) {
    // `来源:` alone on a line: the outlet is the next line.
    if (/^(?:来源|來源)\s*[:：]$/.test(lines[t].text.trim()) && lines[t + 1].text.trim().length <= 16) {
      outlet ??= lines[t + 1].text.trim();
      t++;
    }
    t++;
  }
  if (t >= lines.length) t = 0;

  const first = trimmedSpan(lines[t]);
  const firstText = text.slice(first.start, first.end);
  const last = trimmedSpan(lines[lines.length - 1]);
  let titleSpan; let bodySpan;
  if (firstText.length > TITLE_MAX || /。$/.test(firstText)) {
    // An excerpt that starts mid-story: keep the paragraph in the body, title it by its first sentence.
    const lead = LEAD_MARKERS.exec(firstText)?.[0].length ?? 0;
    titleSpan = leadTitleSpan(text, first.start + (lead < firstText.length ? lead : 0), first.end);
    bodySpan = { start: first.start, end: last.end };
    messages.push({ level: 'info', code: 'TITLE_FROM_TEXT', reason: 'first line is a paragraph; title taken from its first sentence', place: titleSpan });
  } else {
    titleSpan = first;
    bodySpan = t + 1 < lines.length ? { start: trimmedSpan(lines[t + 1]).start, end: last.end } : { start: first.end, end: first.end };
    if (t + 1 >= lines.length) messages.push({ level: 'warning', code: 'NO_BODY', reason: 'only a title line' });
  }
  return [buildArticle({ text, titleSpan, bodySpan, outlet, publishedAt, messages }, file, 0, 'plain')];
}

/** A date line at the top (`2024-05-26 【字体】`, `[2022-04-25 14:32] 来源:…`, `date 2025-08-16 …`), not a sentence that starts with a date. */
function publicationDate(line: string): string | null {
  const date = leadingDate(line);
  if (!date) return null;
  return /^\s*(?:date|日期|发布时间|發佈時間)\b/i.test(line) || !/[,，。；;]/.test(line) ? date : null;
}

function isPreamble(line: string): boolean {
  if (line.length < 5) return true;
  if (line.length > 40) return false;
  if (META_LINE.some((re) => re.test(line))) return true;
  // A line that is only a date (and maybe a time), or a date with its outlet or weekday (`2025-10-14 来源：证券时报`, `2025年12月3日 星期三 09:15`).
  // "财联社 2025年11月20日 星期四": an outlet's name may come first.
  if (leadingDate(line) === null && leadingDate(line.replace(/^[\u3400-\u9fffA-Za-z]{2,8}\s+/, '')) === null) return false;
  const rest = line.replace(/[\d\s:/.\-–年月日[\]【】()（）TZ+]|date/gi, '');
  return rest.length <= 2 || DATED_LABEL.test(rest);
}
