import * as fs from 'fs';
import { parseArgs } from 'util';
import { runEmbedded } from '../../engine/embedded';
import { runPython } from '../../engine/python';
import { substituteSeed } from '../../engine/seeds';
import { Command, UsageError } from '../command';

const usage = `Usage: seedlab run FILE.py [--engine embedded|python] [--seed N] [--timeout S] [--numpy1-scalars]

Runs a snippet and prints what python3 prints.
  --engine embedded  SeedLab's interpreter over its NumPy-exact core (default; no Python needed)
  --engine python    the real python3 on PATH (or SEEDLAB_PYTHON)
  --seed N           replace the seed of every seeding call (np.random.seed, default_rng, random.seed, ...)
  --timeout S        stop after S seconds (default 5)
  --numpy1-scalars   print NumPy scalars as NumPy 1.x did (0.5, not np.float64(0.5)); embedded engine
Exit status: 0 on success, 1 when the snippet raises (or is stopped), 2 on a usage error.
`;

export const runCommand: Command = {
  name: 'run',
  summary: 'run a Python snippet on the embedded engine or real Python, printing what Python prints',
  usage,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { engine: { type: 'string', default: 'embedded' }, seed: { type: 'string' }, timeout: { type: 'string', default: '5' }, 'numpy1-scalars': { type: 'boolean', default: false } } });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const { values: opt, positionals } = parsed;
    if (positionals.length !== 1) throw new UsageError('give exactly one FILE.py');
    if (opt.engine !== 'embedded' && opt.engine !== 'python') throw new UsageError('--engine must be embedded or python');
    const timeout = Number(opt.timeout);
    if (!(timeout > 0)) throw new UsageError(`--timeout takes a positive number of seconds: got '${opt.timeout}'`);
    if (opt.seed !== undefined && !/^-?\d+$/.test(opt.seed)) throw new UsageError(`--seed takes an integer: got '${opt.seed}'`);
    const file = positionals[0];
    let source: string;
    try {
      source = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
    }
    if (opt.seed !== undefined) source = substituteSeed(source, opt.seed);
    const run = opt.engine === 'python' ? runPython : runEmbedded;
    const result = run(source, { filename: file, timeoutMs: timeout * 1000, numpy1Scalars: opt['numpy1-scalars'] });
    io.stdout(result.stdout);
    if (result.stderr) io.stderr(result.stderr);
    // After all of the program's output, so stdout and stderr stay what python3 prints.
    for (const n of result.notes ?? []) io.stderr(`SeedLab note, ${n}\n`);
    return result.exitCode;
  },
};
