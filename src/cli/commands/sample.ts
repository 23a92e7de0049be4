import * as fs from 'fs';
import { parseArgs } from 'util';
import { toCsv, toJson, toNpy, toText } from '../../core/formats';
import { Api, APIS, BITGENS, drawSample, SampleRequestError } from '../../core/sampling';
import { Command, UsageError } from '../command';
import { parseLiteral } from '../../core/pyliteral';

const FORMATS = ['json', 'csv', 'text', 'npy'] as const;

const usage = `Usage: seedlab sample --api legacy|generator|python --seed SEED [--bitgen ${Object.keys(BITGENS).join('|')}]
                      --dist NAME [PARAM=VALUE ...] [--size N[,M...]] [--format json|csv|text|npy] [--out FILE]

Draws numbers exactly as NumPy or Python would for the same seed and calls.
  --api legacy      np.random.RandomState(SEED).NAME(PARAMS, size=SIZE)
  --api generator   np.random.Generator(BITGEN(SEED)).NAME(PARAMS, size=SIZE)  (default bit generator: pcg64)
  --api python      random.Random(SEED).NAME(PARAMS), called SIZE times
  --dist random_raw the bit generator's raw output (BITGEN(SEED).random_raw(SIZE))
PARAM names are NumPy's / Python's keyword names. SEED and VALUEs are Python literals (42, 3.5, [1,2], 'abc', None).
`;

const VALUE_OPTIONS = new Set(['--api', '--seed', '--bitgen', '--dist', '--size', '--format', '--out']);

/** `--seed -1` means the value -1, not an option: join each value option with its value. */
function joinOptionValues(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (VALUE_OPTIONS.has(args[i]) && i + 1 < args.length) out.push(`${args[i]}=${args[++i]}`);
    else out.push(args[i]);
  }
  return out;
}

function parseSize(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const dims = text.split(',').map((d) => d.trim());
  if (dims.some((d) => !/^\d+$/.test(d))) throw new UsageError(`--size takes N or N,M,...: got '${text}'`);
  return dims.map(Number);
}

function parsePairs(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`expected PARAM=VALUE, got '${pair}'`);
    params[pair.slice(0, eq)] = parseLiteral(pair.slice(eq + 1));
  }
  return params;
}

export const sampleCommand: Command = {
  name: 'sample',
  summary: 'draw numbers exactly as NumPy / Python would for a seed',
  usage,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args: joinOptionValues(args),
        allowPositionals: true,
        options: {
          api: { type: 'string' }, seed: { type: 'string' }, bitgen: { type: 'string' }, dist: { type: 'string' },
          size: { type: 'string' }, format: { type: 'string', default: 'json' }, out: { type: 'string' },
        },
      });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const { values: opt, positionals } = parsed;
    if (!opt.api || !(APIS as readonly string[]).includes(opt.api)) throw new UsageError(`--api must be one of: ${APIS.join(', ')}`);
    if (opt.seed === undefined) throw new UsageError('--seed is required (a Python literal such as 42)');
    if (!opt.dist) throw new UsageError('--dist is required');
    const format = opt.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of: ${FORMATS.join(', ')}`);

    let value;
    try {
      value = drawSample({
        api: opt.api as Api, seed: parseLiteral(opt.seed), bitgen: opt.bitgen, dist: opt.dist,
        params: parsePairs(positionals), size: parseSize(opt.size),
      });
    } catch (e) {
      if (e instanceof SampleRequestError) throw new UsageError(e.message);
      throw e;
    }

    if (format === 'npy') {
      const bytes = toNpy(value);
      if (opt.out) fs.writeFileSync(opt.out, bytes);
      else process.stdout.write(bytes);
      return 0;
    }
    const text = format === 'json' ? toJson(value) : format === 'csv' ? toCsv(value) : toText(value);
    if (opt.out) fs.writeFileSync(opt.out, text);
    else io.stdout(text);
    return 0;
  },
};
