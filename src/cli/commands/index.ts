import type { Command } from 'commander';

/** Adds one command to the program. */
export type RegisterCommand = (program: Command) => void;

// Order here is the order `kechuang --help` lists them: the flow of data.
/** Every CLI command, in help order. */
export const COMMANDS: readonly RegisterCommand[] = [
];
