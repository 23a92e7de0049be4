/** The embedded engine (issue 7 goals: start-to-output <= 1/10 of python3 importing NumPy; 1000 seed substitutions of a 10-line snippet in <= 1 s). */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { runEmbedded } from '../../src/engine/embedded';
import { substituteSeed } from '../../src/engine/seeds';
import { PYTHON } from './harness';

const SNIPPET = `import numpy as np
np.random.seed(42)
print(np.random.rand(3))
rng = np.random.default_rng(42)
print(rng.integers(0, 10, size=5))
import random
random.seed(10)
print(random.randint(1, 100))
x = rng.normal(size=1000)
print(x.mean())
`;

function bestMs(f: () => void, rounds = 5): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t = process.hrtime.bigint();
    f();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}

export function run(): void {
  const cli = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
  const inProcess = bestMs(() => runEmbedded(SNIPPET));
  const cliProcess = bestMs(() => spawnSync(process.execPath, [cli, 'run', '/dev/stdin'], { input: SNIPPET }));
  const python = bestMs(() => spawnSync(PYTHON, ['-c', 'import numpy']));
  const subst = bestMs(() => { for (let s = 0; s < 1000; s++) substituteSeed(SNIPPET, String(s)); }, 3);
  console.log('\n## Embedded engine (issue 7)');
  console.log(`start-to-output, in process (extension host)   ${inProcess.toFixed(1)} ms   vs python3 -c "import numpy" ${python.toFixed(1)} ms   ratio ${(inProcess / python).toFixed(3)}  goal <= 0.1 ${inProcess / python <= 0.1 ? 'met' : 'NOT MET'}`);
  console.log(`start-to-output, seedlab run (new process)     ${cliProcess.toFixed(1)} ms   ratio ${(cliProcess / python).toFixed(3)}`);
  console.log(`1000 seed substitutions of a 10-line snippet   ${subst.toFixed(0)} ms   goal <= 1000 ms ${subst <= 1000 ? 'met' : 'NOT MET'}`);
  // A loop at the end of a long snippet: each statement run must not cost time linear in its offset.
  const long = `${Array.from({ length: 3000 }, (_, i) => `x${i} = ${i}`).join('\n')}\ns = 0\nfor i in range(100000):\n    s += i\nprint(s)\n`;
  const longRun = bestMs(() => runEmbedded(long), 3);
  const longPython = bestMs(() => spawnSync(PYTHON, ['-c', long]), 3);
  console.log(`3000 lines, then a 10^5-iteration loop         ${longRun.toFixed(0)} ms   python3 (whole process) ${longPython.toFixed(0)} ms   ratio ${(longRun / longPython).toFixed(1)}`);
}
