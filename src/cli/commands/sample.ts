import * as fs from 'fs';
import { parseArgs } from 'util';
import { NDArray, shapeSize } from '../../core/ndarray';
import { Command, UsageError } from '../command';
import { parseLiteral } from '../literal';
import { SampleValue, toCsv, toJson, toNpy, toText } from '../sample/formats';
import { Api, APIS, BITGENS, makeTarget } from '../sample/target';

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

function parseSize(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const dims = text.split(',').map((d) => d.trim());
  if (dims.some((d) => !/^\d+$/.test(d))) throw new UsageError(`--size takes N or N,M,...: got '${text}'`);
  return dims.map(Number);
}

/** Positional arguments in the method's parameter order, from PARAM=VALUE pairs and defaults. */
function bindParams(dist: string, specs: readonly { name: string; default?: unknown }[], pairs: string[]): unknown[] {
  const given = new Map<string, unknown>();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`expected PARAM=VALUE, got '${pair}'`);
    const name = pair.slice(0, eq);
    if (!specs.some((s) => s.name === name)) {
      const valid = specs.map((s) => s.name).join(', ') || '(none)';
      throw new UsageError(`unknown parameter '${name}' for ${dist}; valid: ${valid}`);
    }
    given.set(name, parseLiteral(pair.slice(eq + 1)));
  }
  return specs.map((s) => {
    if (given.has(s.name)) return given.get(s.name);
    if (!('default' in s)) throw new UsageError(`${dist} needs ${s.name}=VALUE`);
    return s.default;
  });
}

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

/** Python's API has no size: call it N times and gather the results as one array. */
function gather(results: unknown[], shape: number[]): SampleValue {
  if (results.every((r) => typeof r === 'number' && !Number.isInteger(r)) || results.some((r) => typeof r === 'number' && !Number.isInteger(r))) {
    return { dtype: 'float64', shape, data: Float64Array.from(results as number[]) };
  }
  const ints = results.map((r) => BigInt(r as number | bigint));
  const fits = ints.every((v) => v >= -(2n ** 63n) && v < 2n ** 63n);
  if (fits) return { dtype: 'int64', shape, data: BigInt64Array.from(ints) };
  return { dtype: 'uint64', shape, data: BigUint64Array.from(ints.map((v) => v & (2n ** 64n - 1n))) } as NDArray;
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
    const api = opt.api as Api;
    const size = parseSize(opt.size);
    const target = makeTarget(api, parseLiteral(opt.seed), opt.bitgen);

    let value: SampleValue;
    if (opt.dist === 'random_raw') {
      if (!target.bitGenerator) throw new UsageError('random_raw needs --api legacy or --api generator');
      bindParams('random_raw', [], positionals);
      value = target.bitGenerator.random_raw(size) as SampleValue;
    } else {
      const spec = target.methods[opt.dist];
      if (!spec) {
        const valid = ['random_raw', ...Object.keys(target.methods)].filter((n) => api !== 'python' || n !== 'random_raw');
        throw new UsageError(`unknown --dist '${opt.dist}' for --api ${api}; valid: ${valid.join(', ')}`);
      }
      const sizeIndex = spec.params.findIndex((p) => p.name === 'size');
      const params = bindParams(opt.dist, spec.params.filter((p) => p.name !== 'size'), positionals);
      const method = (target.sampler as Record<string, (...a: unknown[]) => unknown>)[opt.dist].bind(target.sampler);
      if (sizeIndex >= 0) {
        params.splice(sizeIndex, 0, size ?? null);
        value = method(...params) as SampleValue;
      } else if (size === undefined) {
        value = method(...params) as SampleValue;
      } else {
        const results = Array.from({ length: shapeSize(size) }, () => method(...params));
        value = gather(results, size);
      }
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
