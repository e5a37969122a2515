import type { Command } from 'commander';
import { searchArticles, type Snippet } from '../../store/search.js';
import { printJson } from '../output.js';
import { colourOut, openStoreOption, positiveInt, withDbOption } from './cli-options.js';
import type { RegisterCommand } from './index.js';

/** `kechuang search QUERY`: full-text search in either script with highlighted snippets. */
export const registerSearch: RegisterCommand = (program: Command) => {
  withDbOption(program.command('search')
    .description('find articles containing every term of QUERY (Simplified finds Traditional and the reverse)')
    .argument('<query...>', 'terms; an article must contain all of them'))
    .option('--limit <n>', 'show at most N articles (default 20)', positiveInt)
    .option('--json', 'print hits as JSON: article, match offsets into its text, snippet')
    .action((query: string[], opts: { db?: string; limit?: number; json?: boolean }) => {
      const store = openStoreOption(opts.db, { mustExist: true });
      try {
        const hits = searchArticles(store, query.join(' '), { limit: opts.limit ?? 20 });
        if (opts.json) { printJson(hits); return; }
        const colour = colourOut();
        const out: string[] = [];
        for (const h of hits) {
          const where = [h.article.outlet, h.article.publishedAt?.slice(0, 10)].filter(Boolean).join(', ');
          out.push(`${h.article.id}  ${h.article.title}${where ? `  (${where})` : ''}`);
          out.push(`    ${highlight(h.snippet, colour)}`);
        }
        out.push(`${hits.length} article${hits.length === 1 ? '' : 's'} found`);
        process.stdout.write(out.join('\n') + '\n');
      } finally {
        store.close();
      }
    });
};

/** Marks a snippet's matches: bold colour on a terminal, 【】 when piped; … where the text goes on. */
export function highlight(snippet: Snippet, colour: boolean): string {
  const [open, close] = colour ? ['\x1b[1;33m', '\x1b[0m'] : ['【', '】'];
  let out = '';
  let at = 0;
  for (const h of snippet.highlights) {
    out += snippet.text.slice(at, h.start) + open + snippet.text.slice(h.start, h.end) + close;
    at = h.end;
  }
  out += snippet.text.slice(at);
  return (snippet.before ? '…' : '') + out.trim() + (snippet.more ? '…' : '');
}
