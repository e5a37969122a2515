import type { Command } from 'commander';
import { companyProfile, STAGE_LABELS, VENUE_LABELS, type CompanyProfile, type Evidence } from '../../query/index.js';
import { correctCompanies, listCompanies, type CorrectionAction } from '../../store/index.js';
import { formatTable, printJson } from '../output.js';
import { openStoreOption, withDbOption } from './cli-options.js';
import { clip } from './articles.js';
import type { RegisterCommand } from './index.js';

function cite(s: Evidence): string {
  return `${s.outlet ?? '-'} ${s.date} ${s.articleId.slice(0, 8)}`;
}

/** The human view of a company page: status, timeline, rounds, financial table, holders, market caps, every fact with its quote. */
export function formatProfile(p: CompanyProfile): string {
  const out: string[] = [`${p.name}  (#${p.id}, ${p.articles} article${p.articles === 1 ? '' : 's'}, ${p.facts.length} facts)`];
  const others = p.aliases.filter((a) => a.alias !== p.name).map((a) => (a.origin === 'user' ? `${a.alias} (user)` : a.alias));
  if (others.length) out.push(`aliases: ${others.join('、')}`);
  const section = (title: string, body: string | string[]) => {
    const lines = Array.isArray(body) ? body : [body.trimEnd()];
    if (lines.length && lines.join('')) out.push('', `${title}`, ...lines);
  };
  section('status', p.status.length ? formatTable(['venue', 'stage', 'date', 'sponsors', 'raise', 'sources'], p.status.map((r) => [
    `${r.venue} ${VENUE_LABELS[r.venue]}`, `${r.stage} ${STAGE_LABELS[r.stage]}${r.confidential ? ' (保密)' : ''}`, r.date ?? '-', r.sponsors.join('、') || '-', r.raiseText ?? '-', String(r.sources),
  ])) : '');
  section('IPO timeline', p.timeline.map((s) => `  ${(s.date ?? '(undated)').padEnd(10)} ${s.venue.padEnd(6)} ${s.stage} ${STAGE_LABELS[s.stage]}${s.forecast ? ' (预计)' : ''}${s.confidential ? ' (保密)' : ''}${s.sponsors.length ? `  保荐/辅导：${s.sponsors.join('、')}` : ''}${s.raise ? `  募资${s.raise}` : ''}\n      「${s.source.quote}」 ${cite(s.source)}`));
  section('financing and valuations', p.rounds.map((r) => `  ${(r.date ?? '(undated)').padEnd(10)} ${r.kind === 'financing' ? `${r.round ? r.round + '轮' : '融资'} ${r.amount ?? ''}${r.postMoney ? ` 投后${r.postMoney}` : ''}${r.investors.length ? ` 投资方：${r.investors.join('、')}` : ''}` : `估值 ${r.amount}${r.basis ? ` (${r.basis})` : ''}`}${r.forecast ? ' (预计)' : ''}\n      「${r.source.quote}」 ${cite(r.source)}`));
  const f = p.financials;
  if (f.rows.length) {
    section('financials', formatTable(['metric', ...f.periods.map((x) => x.label)], f.rows.map((r) => [
      `${r.label}${r.forecast ? ' (预计)' : ''}`,
      ...f.periods.map((x) => (r.cells[x.period] ?? []).map((v) => (r.cells[x.period].length > 1 ? `${v.text} [${v.sources.map((s) => s.outlet ?? s.articleId.slice(0, 8)).join(',')}]` : v.text)).join(' / ') || '-'),
    ])));
    for (const c of f.conflicts) out.push(`  sources disagree on ${c.metric} ${c.period}: ${c.values.map((v) => `${v.text} (${v.sources.map(cite).join('; ')})`).join(' vs ')}`);
  }
  section('shareholders', p.shareholders.map((h) => `  ${h.holder} ${h.percent}%${h.date ? ` (${h.date})` : ''}  ${cite(h.source)}`));
  section('market caps', p.marketCaps.map((m) => `  ${m.amount}${m.date ? ` (${m.date})` : ''}  ${cite(m.source)}`));
  section('facts', p.facts.map((x) => `  ${x.kind.padEnd(12)} ${x.summary}\n      「${x.source.quote}」 ${cite(x.source)}`));
  return out.join('\n') + '\n';
}

const SAID: Readonly<Record<CorrectionAction, (a: string, b: string, now: string) => string>> = {
  merge: (a, b, now) => `${a} and ${b} are now one company: ${now}`,
  alias: (a, b, now) => `${b} is now a name of ${now} (${a})`,
  split: (a, b, now) => `${b} is no longer a name of ${now} (${a})`,
};

function correction(action: CorrectionAction) {
  return (a: string, b: string, opts: { db?: string; json?: boolean }, command: Command) => {
    // Options after the subcommand may land on the parent `company` command, which has the same ones.
    const parent = (command.parent?.opts() ?? {}) as { db?: string; json?: boolean };
    const store = openStoreOption(opts.db ?? parent.db);
    try {
      const company = correctCompanies(store, action, a, b);
      if (opts.json ?? parent.json) printJson({ action, a, b, company });
      else process.stdout.write(`${SAID[action](a, b, `${company.name} (#${company.id})`)}; stored, and replayed after every re-ingest\n`);
    } finally {
      store.close();
    }
  };
}

/** `kechuang company NAME` (a company page, or the list without NAME) and its corrections `merge`, `alias`, `split`. */
export const registerCompany: RegisterCommand = (program: Command) => {
  const company = withDbOption(program.command('company')
    .description('a company page (any of its names, either script): timeline, rounds, financials, holders, every fact; without NAME, the list of companies')
    .argument('[name]', 'a name of the company, or #ID'))
    .option('--json', 'print as JSON')
    .action((name: string | undefined, opts: { db?: string; json?: boolean }) => {
      const store = openStoreOption(opts.db);
      try {
        if (!name) {
          const all = listCompanies(store);
          if (opts.json) { printJson(all); return; }
          process.stdout.write(formatTable(['id', 'company', 'facts', 'articles', 'aliases'], all.map((c) => [String(c.id), c.name, String(c.facts), String(c.articles), clip(c.aliases.join('、'), 60)])));
          process.stdout.write(`${all.length} compan${all.length === 1 ? 'y' : 'ies'}\n`);
          return;
        }
        const p = companyProfile(store, name);
        if (opts.json) printJson(p);
        else process.stdout.write(formatProfile(p));
      } finally {
        store.close();
      }
    });
  const sub = (cmd: string, desc: string, action: CorrectionAction, a: string, b: string) => withDbOption(company.command(cmd)
    .description(desc).argument(`<${a}>`).argument(`<${b}>`))
    .option('--json', 'print the result as JSON')
    .action(correction(action));
  sub('merge', 'say two companies are one (stored and replayed on every re-ingest)', 'merge', 'a', 'b');
  sub('alias', 'add a name to a company (stored and replayed on every re-ingest)', 'alias', 'name', 'alias');
  sub('split', 'detach a name (and every spelling of it) from a company into its own company (stored and replayed)', 'split', 'name', 'alias');
};
