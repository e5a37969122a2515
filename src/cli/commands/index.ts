import type { Command } from 'commander';
import { registerIngest } from './ingest.js';
import { registerArticles } from './articles.js';
import { registerShow } from './show.js';
import { registerSearch } from './search.js';
import { registerExtract } from './extract.js';
import { registerEval } from './eval.js';
import { registerPipeline } from './pipeline.js';
import { registerCompany } from './company.js';
import { registerChanges } from './changes.js';
import { registerFacts } from './facts.js';
import { registerDigest } from './digest.js';
import { registerDemo } from './demo.js';
import { registerConvert } from './convert.js';
import { registerServe } from './serve.js';

/** Adds one command to the program. */
export type RegisterCommand = (program: Command) => void;

// Order here is the order `kechuang --help` lists them: the flow of data.
/** Every CLI command, in help order. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerIngest,
  registerArticles,
  registerShow,
  registerSearch,
  registerExtract,
  registerEval,
  registerPipeline,
  registerCompany,
  registerChanges,
  registerFacts,
  registerDigest,
  registerDemo,
  registerConvert,
  registerServe,
];
