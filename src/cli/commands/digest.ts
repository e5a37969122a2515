import type { Command } from 'commander';
import { buildDigest, DIGEST_FORMATS, renderDigest, type DigestFormat, type TargetScript } from '../../query/index.js';
import { ArgumentError } from '../../core/errors.js';
import { openStoreOption, positiveInt, withDbOption } from './cli-options.js';
import type { RegisterCommand } from './index.js';

/** `kechuang digest`: stored articles back as a digest (text, Markdown, HTML, Atom, JSON Feed). */
export const registerDigest: RegisterCommand = (program: Command) => {
  withDbOption(program.command('digest')
    .description('stored articles as a digest: text (the corpus format), md/html with their facts, an Atom feed or a JSON Feed 1.1'))
    .option('--tag <tag>', 'only articles with this tag (either script)')
    .option('--since <date>', 'only articles published (else ingested) on or after DATE')
    .option('--company <name>', 'only articles with facts about this company')
    .option('--script <script>', 'convert to hans (Simplified) or hant (Traditional)')
    .option('--format <format>', DIGEST_FORMATS.join(', '), 'text')
    .option('--limit <n>', 'at most the N latest articles', positiveInt)
    .option('--feed-url <url>', 'the feed\'s own URL (atom, json)')
    .action((opts: { db?: string; tag?: string; since?: string; company?: string; script?: string; format: string; limit?: number; feedUrl?: string }) => {
      if (!(DIGEST_FORMATS as readonly string[]).includes(opts.format)) throw new ArgumentError(`--format is one of ${DIGEST_FORMATS.join(', ')}, got "${opts.format}"`, { format: opts.format });
      if (opts.script && opts.script !== 'hans' && opts.script !== 'hant') throw new ArgumentError(`--script is hans or hant, got "${opts.script}"`, { script: opts.script });
      const store = openStoreOption(opts.db);
      try {
        const digest = buildDigest(store, { tag: opts.tag, since: opts.since, company: opts.company, script: opts.script as TargetScript | undefined, limit: opts.limit });
        process.stdout.write(renderDigest(digest, opts.format as DigestFormat, { feedUrl: opts.feedUrl }));
      } finally {
        store.close();
      }
    });
};
