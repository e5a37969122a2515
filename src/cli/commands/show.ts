import type { Command } from 'commander';
import type { Article } from '../../core/types.js';
import { findArticle } from '../../store/articles.js';
import { listFacts, type StoredFact } from '../../store/facts.js';
import { printJson } from '../output.js';
import { openStoreOption, withDbOption } from './cli-options.js';
import type { RegisterCommand } from './index.js';

/** `kechuang show ID`: one article (by id or unique id prefix) with its text and facts. */
export const registerShow: RegisterCommand = (program: Command) => {
  withDbOption(program.command('show')
    .description('show one article: metadata, text and the facts read from it')
    .argument('<id>', 'article id, or a prefix of it that only one article has'))
    .option('--json', 'print the article (and its facts) as JSON')
    .action((id: string, opts: { db?: string; json?: boolean }) => {
      const store = openStoreOption(opts.db, { mustExist: true });
      try {
        const article = findArticle(store, id);
        const facts = listFacts(store, { articleId: article.id });
        if (opts.json) printJson({ ...article, facts: facts.map((f) => f.fact) });
        else process.stdout.write(formatArticle(article, facts));
      } finally {
        store.close();
      }
    });
};

/** The human view of an article: title, metadata lines, text, then its facts with their quotes. */
export function formatArticle(article: Article, facts: readonly StoredFact[]): string {
  const meta = [
    `id: ${article.id}`,
    `outlet: ${article.outlet ?? '-'}    published: ${article.publishedAt ?? '-'}    tags: ${article.tags.join(', ') || '-'}`,
    `from: ${article.file} #${article.position}    format: ${article.format}    script: ${article.script}`,
  ];
  if (article.url) meta.push(`url: ${article.url}`);
  for (const m of article.messages) if (m.level !== 'info') meta.push(`${m.level}: ${m.reason}`);
  const out = [article.title, ...meta, '', article.text.trim(), ''];
  out.push(`facts: ${facts.length}`);
  for (const f of facts) {
    const x = f.fact;
    const what = x.kind === 'ipo' ? `${x.stage} ${x.venue}` : x.kind === 'financial' ? `${x.metric} ${x.period}` : x.kind === 'shareholding' ? `${x.holder} ${x.percent}%` : '';
    out.push(`  ${x.kind.padEnd(12)} ${f.companyName}${what ? ` ${what}` : ''}${x.date ? ` ${x.date}` : ''}  「${x.source.quote}」`);
  }
  return out.join('\n') + '\n';
}
