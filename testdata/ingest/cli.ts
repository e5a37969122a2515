// Runs the kechuang CLI from source (tests spawn this with `node --import tsx`, so no build is needed).
import { main } from '../../src/cli/main.js';

main(process.argv).then((code) => { process.exitCode = code; });
