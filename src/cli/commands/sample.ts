/**
 * `seedlab sample`: draws from RandomState, Generator or Python's Random with NumPy's/Python's own
 * names. Distributions come from the facades' `static methods` tables, so anything added there
 * appears here with no extra wiring; `random_raw` comes from the bit generator.
 *
 * Calling convention for a table entry: positional arguments in table order. When a sized method
 * lists `size` among its params it goes there (NumPy's position); otherwise it is appended last.
 */
import { writeFileSync } from 'fs';
import { BitGenerator, SeedLike } from '../../core/bitgen/base';
import { MT19937 } from '../../core/bitgen/mt19937';
import { PCG64 } from '../../core/bitgen/pcg64';
import { PCG64DXSM } from '../../core/bitgen/pcg64dxsm';
import { Philox } from '../../core/bitgen/philox';
import { SFC64 } from '../../core/bitgen/sfc64';
import { Generator } from '../../core/generator/generator';
import { RandomState } from '../../core/legacy/randomstate';
import { MethodSpec, MethodTable } from '../../core/methods';
import { NDArray, allocate } from '../../core/ndarray';
import { Random } from '../../core/pyrandom/random';
import { PyValue, isNDArray } from '../../core/seed';
import { CliIO, Command, UsageError } from '../command';
import { parseLiteral } from '../sample/literal';
import { toNpy } from '../sample/npy';
import { Sample, Scalar, sampleOfArray, sampleOfValues, toDelimited, toJson } from '../sample/output';

const USAGE = `Usage: seedlab sample --api legacy|generator|python --seed SEED
         [--bitgen pcg64|pcg64dxsm|mt19937|philox|sfc64] --dist NAME [PARAM=VALUE ...]
         [--size N[,M...]] [--format json|csv|text|npy] [--out FILE]

Draws a sample exactly as NumPy (np.random.RandomState / np.random.Generator) or Python's
random module would for the same seed. PARAM names are NumPy's / Python's keywords.
--dist random_raw gives the bit generator's raw 64-bit outputs. --format npy needs --out.
`;

const APIS = ['legacy', 'generator', 'python'] as const;
type Api = typeof APIS[number];
const BITGENS: Record<string, new (seed?: SeedLike) => BitGenerator> = {
  pcg64: PCG64, pcg64dxsm: PCG64DXSM, mt19937: MT19937, philox: Philox, sfc64: SFC64,
};
const FORMATS = ['json', 'csv', 'text', 'npy'] as const;
type Format = typeof FORMATS[number];
const RAW: MethodSpec = { params: [{ name: 'size', default: null }], sized: true };

interface Options {
  api?: Api;
  seed?: string;
  bitgen?: string;
  dist?: string;
  size?: number[];
  format: Format;
  out?: string;
  params: Map<string, string>;
}

function oneOf<T extends string>(flag: string, value: string, valid: readonly T[]): T {
  if (!(valid as readonly string[]).includes(value)) {
    throw new UsageError(`invalid ${flag} '${value}'; valid: ${valid.join(', ')}`);
  }
  return value as T;
}

function parseArgs(args: string[]): Options {
  const o: Options = { format: 'json', params: new Map() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const flag = a.startsWith('--') ? a.split('=')[0] : undefined;
    if (flag !== undefined) {
      const inline = a.includes('=') ? a.slice(a.indexOf('=') + 1) : undefined;
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      switch (flag) {
        case '--api': o.api = oneOf('--api', value, APIS); break;
        case '--seed': o.seed = value; break;
        case '--bitgen': o.bitgen = oneOf('--bitgen', value, Object.keys(BITGENS)); break;
        case '--dist': o.dist = value; break;
        case '--format': o.format = oneOf('--format', value, FORMATS); break;
        case '--out': o.out = value; break;
        case '--size':
          o.size = value.split(',').map((d) => {
            if (!/^\d+$/.test(d.trim())) throw new UsageError(`invalid --size '${value}'; expected N or N,M,...`);
            return Number(d);
          });
          break;
        default: throw new UsageError(`unknown option '${flag}'; valid: --api, --seed, --bitgen, --dist, --size, --format, --out`);
      }
    } else if (/^[A-Za-z_]\w*=/.test(a)) {
      o.params.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    } else {
      throw new UsageError(`unexpected argument '${a}'; parameters are written PARAM=VALUE`);
    }
  }
  if (!o.api) throw new UsageError('--api is required (legacy, generator or python)');
  if (o.seed === undefined) throw new UsageError('--seed is required');
  if (!o.dist) throw new UsageError('--dist is required');
  if (o.format === 'npy' && !o.out) throw new UsageError('--format npy writes binary: give --out FILE');
  return o;
}

interface Target {
  /** The object whose method is called. */
  self: Record<string, unknown>;
  spec: MethodSpec;
}

function methodTable(api: Api): MethodTable {
  return api === 'legacy' ? RandomState.methods : api === 'generator' ? Generator.methods : Random.methods;
}

function resolve(o: Options, seed: PyValue): Target {
  const api = o.api!;
  const table = methodTable(api);
  const dists = api === 'python' ? Object.keys(table) : [...Object.keys(table), 'random_raw'];
  if (!dists.includes(o.dist!)) {
    throw new UsageError(`unknown dist '${o.dist}' for --api ${api}; valid: ${[...dists].sort().join(', ')}`);
  }
  if (api === 'legacy' && o.bitgen !== undefined && o.bitgen !== 'mt19937') {
    throw new UsageError(`--api legacy uses mt19937; --bitgen ${o.bitgen} is only for --api generator`);
  }
  if (api === 'python' && o.bitgen !== undefined) throw new UsageError('--api python has no --bitgen (it is MT19937)');
  let facade: object;
  if (api === 'legacy') facade = new RandomState(seed);
  else if (api === 'python') facade = new Random(seed);
  else facade = new Generator(new BITGENS[o.bitgen ?? 'pcg64'](seed));
  if (o.dist === 'random_raw') {
    const bg = api === 'legacy' ? (facade as RandomState)._bit_generator : (facade as Generator).bit_generator;
    return { self: bg as unknown as Record<string, unknown>, spec: RAW };
  }
  return { self: facade as Record<string, unknown>, spec: table[o.dist!] };
}

/** Positional arguments in table order, checked against the table's names and defaults. */
function buildArgs(o: Options, spec: MethodSpec, withSize: boolean): unknown[] {
  const names = spec.params.map((p) => p.name).filter((n) => n !== 'size');
  for (const name of o.params.keys()) {
    if (!names.includes(name)) {
      throw new UsageError(`unknown parameter '${name}' for ${o.dist}; valid: ${names.length ? names.join(', ') : '(none)'}`);
    }
  }
  const size = o.size === undefined ? null : o.size.length === 1 ? o.size[0] : o.size;
  const args: unknown[] = [];
  let placedSize = false;
  for (const p of spec.params) {
    if (p.name === 'size') { args.push(withSize ? size : null); placedSize = true; continue; }
    if (o.params.has(p.name)) args.push(parseLiteral(o.params.get(p.name)!));
    else if ('default' in p) args.push(p.default);
    else throw new UsageError(`${o.dist} needs ${p.name}=VALUE`);
  }
  if (spec.sized && withSize && !placedSize) args.push(size);
  return args;
}

function call(target: Target, name: string, args: unknown[]): unknown {
  const fn = target.self[name];
  if (typeof fn !== 'function') throw new UsageError(`${name} is listed but not implemented`);
  return (fn as (...a: unknown[]) => unknown).apply(target.self, args);
}

function asSample(result: unknown): Sample {
  if (isNDArray(result)) return sampleOfArray(result);
  if (typeof result === 'number') return sampleOfValues([result], null, !Number.isInteger(result));
  if (typeof result === 'bigint' || typeof result === 'boolean') return sampleOfValues([result], null, false);
  throw new Error(`unexpected result ${String(result)}`);
}

/** Python's API has no size: call n times and shape the results. */
function repeatPython(target: Target, o: Options): Sample & { array?: NDArray } {
  const args = buildArgs(o, target.spec, false);
  const shape = o.size ?? null;
  const n = shape === null ? 1 : shape.reduce((a, b) => a * b, 1);
  const values: Scalar[] = [];
  for (let i = 0; i < n; i++) values.push(call(target, o.dist!, args) as Scalar);
  const isFloat = values.some((v) => typeof v === 'number' && !Number.isInteger(v));
  const sample = sampleOfValues(values, shape, isFloat);
  if (shape === null) return sample;
  const array = isFloat ? allocate('float64', shape) : allocate('int64', shape);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (isFloat) array.data[i] = Number(v);
    else {
      const b = BigInt(v as number | bigint);
      if (b < -(1n << 63n) || b >= 1n << 63n) return sample; // no npy dtype holds it
      array.data[i] = b;
    }
  }
  return { ...sample, array };
}

export const sampleCommand: Command = {
  name: 'sample',
  summary: 'Draw values exactly as NumPy or Python would for a seed',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const o = parseArgs(args);
    const seed = parseLiteral(o.seed!);
    const target = resolve(o, seed);
    let sample: Sample;
    let array: NDArray | undefined;
    if (o.api === 'python') {
      const r = repeatPython(target, o);
      sample = r;
      array = r.array;
    } else {
      const result = call(target, o.dist!, buildArgs(o, target.spec, true));
      sample = asSample(result);
      if (isNDArray(result)) array = result;
    }
    if (o.format === 'npy') {
      if (!array) throw new UsageError('--format npy needs --size and a numeric dtype');
      writeFileSync(o.out!, toNpy(array));
      return 0;
    }
    const text = `${o.format === 'json' ? toJson(sample) : toDelimited(sample, o.format === 'csv' ? ',' : ' ')}\n`;
    if (o.out) writeFileSync(o.out, text);
    else io.stdout(text);
    return 0;
  },
};
