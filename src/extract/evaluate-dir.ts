import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { readInput } from '../ingest/index.js';
import { extractFacts } from './index.js';
import { evaluate, pairFacts, type Evaluation, type LooseFact, type Pairing } from './evaluate.js';

/** One scored file of a corpus: its pairing of predicted and gold facts. */
export interface FileEvaluation {
  readonly name: string;
  readonly pairing: Pairing;
}

/** The evaluation of a corpus directory: per file, and all files together. */
export interface CorpusEvaluation extends Evaluation {
  readonly files: readonly FileEvaluation[];
}

/** Reads a gold file (JSON Lines), naming the line of any bad row. */
export function readGold(path: string): LooseFact[] {
  return readFileSync(path, 'utf8').split(/\r?\n/).flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as LooseFact];
    } catch (e) {
      throw new InputError('FORMAT_INVALID', path, `bad JSON: ${(e as Error).message}`, { line: i + 1 });
    }
  });
}

/** Extracts the facts of one input file (every article in it), as the contract's JSON objects. */
export function extractFile(path: string): LooseFact[] {
  const result = readInput(path);
  if ('error' in result) throw result.error;
  return result.articles.flatMap((a) => extractFacts(a)) as unknown as LooseFact[];
}

/** Scores every `NAME.txt` that has a `NAME.gold.jsonl` beside it in `dir`. */
export function evaluateDir(dir: string): CorpusEvaluation {
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt') && existsSync(join(dir, n.replace(/\.txt$/, '.gold.jsonl')))).sort();
  const files = names.map((n) => ({
    name: n,
    pairing: pairFacts(extractFile(join(dir, n)), readGold(join(dir, n.replace(/\.txt$/, '.gold.jsonl')))),
  }));
  return { ...evaluate(files.map((f) => f.pairing)), files };
}
