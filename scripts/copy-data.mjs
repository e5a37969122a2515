// Copies the data files (lexicons, tables) under src/ into dist/src/: tsc copies only what it compiles.
import { cpSync } from 'node:fs';
cpSync('src', 'dist/src', { recursive: true, filter: (p) => !/\.tsx?$/.test(p) });
