// Round-trip benchmark of faithful script conversion (npm run bench:convert).
//
//   npm run bench:convert                        our own Simplified sample (testdata/convert/bench-hans.txt)
//   npm run bench:convert -- A.txt B.txt ...     the same on other Simplified texts (scored together)
//   npm run bench:convert -- --back T.txt ...    Traditional texts with no original: no CER, only where
//                                                kechuang and OpenCC disagree (for spot checks) and speed
//
// Each Simplified text goes Simplified → Traditional with Taiwan phrases (OpenCC cn → twp), then back with
// kechuang (`convertScript(…, { to: 'hans' })`) and with OpenCC alone (twp → cn). The character error rate
// is the edit distance to the original over its length, summed line by line (conversion keeps line breaks).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import OpenCC from 'opencc-js';
import { convertScript } from '../src/text/convert.js';
import { detectScript } from '../src/text/script.js';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const backAt = args.indexOf('--back');
const originals = (backAt < 0 ? args : args.slice(0, backAt)).filter((a) => a !== '--');
const backs = backAt < 0 ? [] : args.slice(backAt + 1);
if (originals.length === 0 && backAt < 0) {
  originals.push(path.join(root, 'testdata/convert/bench-hans.txt'));
  const digest = path.resolve(root, '../shared/corpus/dev/000_59cf0dfdb9708b95.txt');
  if (existsSync(digest)) backs.push(digest);
}

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
const openccBack = OpenCC.Converter({ from: 'twp', to: 'cn' });
const kechuangBack = (s: string) => convertScript(s, { to: 'hans' });

/** Levenshtein distance over UTF-16 code units, two rows. */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function distanceByLine(original: string, back: string): number {
  const a = original.split('\n');
  const b = back.split('\n');
  if (a.length !== b.length) return editDistance(original, back);
  let d = 0;
  for (let i = 0; i < a.length; i++) d += editDistance(a[i], b[i]);
  return d;
}

/** Characters per second of `f` on `text`, after a warm-up, over at least half a second. */
function speed(f: (s: string) => string, text: string): number {
  f(text);
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < 500 || runs < 3) {
    f(text);
    runs++;
    elapsed = performance.now() - t0;
  }
  return (text.length * runs) / (elapsed / 1000);
}

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const rate = (x: number) => `${Math.round(x).toLocaleString('en-US')} chars/s`;

if (originals.length) {
  let chars = 0; let dKechuang = 0; let dOpencc = 0;
  const taiwan: string[] = [];
  const skipped: string[] = [];
  for (const file of originals) {
    const original = readFileSync(file, 'utf8');
    // Only a Simplified original can be scored: a Traditional one has nothing to come back to.
    if (detectScript(original) !== 'hans') { skipped.push(path.basename(file)); continue; }
    const tw = toTaiwan(original);
    taiwan.push(tw);
    chars += original.length;
    dKechuang += distanceByLine(original, kechuangBack(tw));
    dOpencc += distanceByLine(original, openccBack(tw));
  }
  const all = taiwan.join('\n');
  console.log(`Round trip cn → twp → cn on ${taiwan.length} file(s), ${chars.toLocaleString('en-US')} characters`);
  if (skipped.length) console.log(`  skipped (not Simplified): ${skipped.join(', ')}`);
  console.log(`  OpenCC twp → cn   CER ${pct(dOpencc / chars)}  (${dOpencc} edits)  ${rate(speed(openccBack, all))}`);
  console.log(`  kechuang          CER ${pct(dKechuang / chars)}  (${dKechuang} edits)  ${rate(speed(kechuangBack, all))}`);
}

for (const file of backs) {
  const text = readFileSync(file, 'utf8');
  const k = kechuangBack(text);
  const o = openccBack(text);
  const kl = k.split('\n'); const ol = o.split('\n');
  let differ = 0;
  const samples: string[] = [];
  for (let i = 0; i < Math.min(kl.length, ol.length); i++) {
    // Walk both lines together and report each stretch where they part.
    const a = kl[i]; const b = ol[i];
    let x = 0; let y = 0;
    while (x < a.length && y < b.length) {
      if (a[x] === b[y]) { x++; y++; continue; }
      let best: [number, number] | undefined;
      for (let span = 1; span < 12 && !best; span++) {
        for (let da = 0; da <= span; da++) {
          const db = span - da;
          if (a.slice(x + da, x + da + 3) === b.slice(y + db, y + db + 3) && x + da < a.length) { best = [da, db]; break; }
        }
      }
      const [da, db] = best ?? [a.length - x, b.length - y];
      differ++;
      if (samples.length < 20) samples.push(`  …${a.slice(Math.max(0, x - 4), x)}[${a.slice(x, x + da)} | ${b.slice(y, y + db)}]${a.slice(x + da, x + da + 3)}…`);
      x += da; y += db;
    }
  }
  console.log(`\n${path.basename(file)}: ${text.length.toLocaleString('en-US')} characters back to Simplified, no original (no CER)`);
  console.log(`  places where kechuang and OpenCC differ: ${differ}; first ones as [kechuang | OpenCC]:`);
  for (const s of samples) console.log(s);
  console.log(`  kechuang ${rate(speed(kechuangBack, text))}`);
}
