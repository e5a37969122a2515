import type { Command } from 'commander';
import { countArticles, listArticles, type ArticleFilter } from '../../store/articles.js';
import { displayWidth, formatTable, printJson } from '../output.js';
import { openStoreOption, positiveInt, withDbOption } from './cli-options.js';
import type { RegisterCommand } from './index.js';

const DEFAULT_LIMIT = 50;

/** `kechuang articles`: lists stored articles, filtered by tag, outlet and publication date. */
export const registerArticles: RegisterCommand = (program: Command) => {
  withDbOption(program.command('articles')
    .description('list stored articles in ingest order (tag and outlet match in either script)'))
    .option('--tag <tag>', 'only articles with this tag')
    .option('--outlet <outlet>', 'only articles from this outlet')
    .option('--since <date>', 'only articles published on or after DATE (2025, 2025-03 or 2025-03-04; undated ones are left out)')
    .option('--limit <n>', `show at most N articles (default ${DEFAULT_LIMIT})`, positiveInt)
    .option('--json', 'print the articles as a JSON array')
    .action((opts: { db?: string; tag?: string; outlet?: string; since?: string; limit?: number; json?: boolean }) => {
      const store = openStoreOption(opts.db, { mustExist: true });
      try {
        const filter: ArticleFilter = { tag: opts.tag, outlet: opts.outlet, since: opts.since, limit: opts.limit ?? DEFAULT_LIMIT };
        const articles = listArticles(store, filter);
        if (opts.json) { printJson(articles); return; }
        const total = countArticles(store, filter);
        const rows = articles.map((a) => [a.id, a.publishedAt?.slice(0, 10) ?? '', a.outlet ?? '', a.tags.join(','), clip(a.title, 48)]);
        process.stdout.write(formatTable(['id', 'published', 'outlet', 'tags', 'title'], rows));
        process.stdout.write(total > articles.length ? `${articles.length} of ${total} articles (use --limit to see more)\n` : `${total} article${total === 1 ? '' : 's'}\n`);
      } finally {
        store.close();
      }
    });
};

/** Cuts a string to a display width, marking the cut with an ellipsis. */
export function clip(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}
