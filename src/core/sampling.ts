/**
 * One sampling request -> the numbers NumPy or Python would give: shared by `seedlab sample`,
 * the extension's "Sample Numbers" command and the sample panel. Methods come from the facades'
 * tables, so every distribution a facade lists is served here without extra wiring.
 */
import { BitGenerator } from './bitgen/bitgenerator';
import { MT19937 } from './bitgen/mt19937';
import { PCG64, PCG64DXSM } from './bitgen/pcg64';
import { Philox } from './bitgen/philox';
import { SFC64 } from './bitgen/sfc64';
import type { SampleValue } from './formats';
import { Generator } from './generator/generator';
import { RandomState } from './legacy/randomstate';
import { MethodSpec, MethodTable } from './methods';
import { NDArray, shapeSize } from './ndarray';
import { Random } from './pyrandom/random';

export const APIS = ['legacy', 'generator', 'python'] as const;
export type Api = (typeof APIS)[number];

export const BITGENS: Readonly<Record<string, new (seed?: unknown) => BitGenerator>> = {
  pcg64: PCG64, pcg64dxsm: PCG64DXSM, mt19937: MT19937, philox: Philox, sfc64: SFC64,
};

/** A request that cannot be served as asked (unknown distribution, parameter, bit generator). */
export class SampleRequestError extends Error {}

export interface SampleRequest {
  readonly api: Api;
  /** A Python value in the core's convention (src/core/pyvalues.ts). */
  readonly seed: unknown;
  readonly bitgen?: string;
  readonly dist: string;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly size?: readonly number[];
}

const RAW: MethodSpec = { params: [{ name: 'size', default: null }] };

const TABLES: Record<Api, MethodTable> = { legacy: RandomState.methods, generator: Generator.methods, python: Random.methods };

/** Every distribution an API serves, `random_raw` (the bit generator's output) first where it exists. */
export function distributions(api: Api): string[] {
  return [...(api === 'python' ? [] : ['random_raw']), ...Object.keys(TABLES[api])];
}

export function methodSpec(api: Api, dist: string): MethodSpec {
  const spec = dist === 'random_raw' && api !== 'python' ? RAW : TABLES[api][dist];
  if (!spec) throw new SampleRequestError(`unknown --dist '${dist}' for --api ${api}; valid: ${distributions(api).join(', ')}`);
  return spec;
}

function makeSampler(api: Api, seed: unknown, bitgen: string | undefined): { sampler: object; bitGenerator: BitGenerator | null } {
  if (api === 'legacy') {
    if (bitgen !== undefined && bitgen !== 'mt19937') throw new SampleRequestError(`--api legacy always uses mt19937, not '${bitgen}'`);
    const rs = new RandomState(seed);
    return { sampler: rs, bitGenerator: rs._bit_generator };
  }
  if (api === 'generator') {
    const name = bitgen ?? 'pcg64';
    const Ctor = BITGENS[name];
    if (!Ctor) throw new SampleRequestError(`unknown --bitgen '${name}'; valid: ${Object.keys(BITGENS).join(', ')}`);
    const bg = new Ctor(seed);
    return { sampler: new Generator(bg), bitGenerator: bg };
  }
  if (bitgen !== undefined) throw new SampleRequestError('--bitgen does not apply to --api python');
  return { sampler: new Random(seed), bitGenerator: null };
}

/** Positional arguments in the method's order: given params, then defaults; size at its own place. */
function bindArgs(dist: string, spec: MethodSpec, params: Readonly<Record<string, unknown>>, size: readonly number[] | undefined): unknown[] {
  for (const name of Object.keys(params)) {
    if (name === 'size' || !spec.params.some((p) => p.name === name)) {
      const valid = spec.params.filter((p) => p.name !== 'size').map((p) => p.name).join(', ') || '(none)';
      throw new SampleRequestError(`unknown parameter '${name}' for ${dist}; valid: ${valid}`);
    }
  }
  return spec.params.map((p) => {
    if (p.name === 'size') return size ?? null;
    if (p.name in params) return params[p.name];
    if (!('default' in p)) throw new SampleRequestError(`${dist} needs ${p.name}=VALUE`);
    return p.default;
  });
}

/** Python's API has no size: results of N calls gathered as one array. */
function gather(results: unknown[], shape: number[]): SampleValue {
  if (results.some((r) => typeof r === 'number' && !Number.isInteger(r))) {
    return { dtype: 'float64', shape, data: Float64Array.from(results as number[]) };
  }
  const ints = results.map((r) => BigInt(r as number | bigint));
  if (ints.every((v) => v >= -(2n ** 63n) && v < 2n ** 63n)) return { dtype: 'int64', shape, data: BigInt64Array.from(ints) };
  return { dtype: 'uint64', shape, data: BigUint64Array.from(ints.map((v) => v & (2n ** 64n - 1n))) } as NDArray;
}

/** Draws what NumPy / Python would draw for this request. Errors the libraries raise are PyErrors. */
export function drawSample(req: SampleRequest): SampleValue {
  const spec = methodSpec(req.api, req.dist);
  const { sampler, bitGenerator } = makeSampler(req.api, req.seed, req.bitgen);
  const size = req.size === undefined ? undefined : [...req.size];
  const args = bindArgs(req.dist, spec, req.params ?? {}, size);
  if (req.dist === 'random_raw' && bitGenerator) return bitGenerator.random_raw(size) as SampleValue;
  const method = (sampler as Record<string, (...a: unknown[]) => unknown>)[req.dist].bind(sampler);
  if (spec.params.some((p) => p.name === 'size') || size === undefined) return method(...args) as SampleValue;
  return gather(Array.from({ length: shapeSize(size) }, () => method(...args)), size);
}
