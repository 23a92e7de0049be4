/**
 * glibc as the oracle for src/core/math: arguments go to test/fixtures/math/libm_oracle.py, which
 * calls the C function through ctypes, and come back as float64 bits. Inputs are drawn from a
 * seeded PCG64 so that every run (and every failure) is reproducible.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { PCG64 } from '../../src/core/bitgen';
import { PYTHON } from './python';

const ORACLE = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'math', 'libm_oracle.py');

/** glibc's `name` applied to each argument tuple (args holds `arity` values per call). */
export function glibc(name: string, args: Float64Array, arity = 1): Float64Array {
  const input = Buffer.from(args.buffer, args.byteOffset, args.byteLength);
  const res = spawnSync(PYTHON, [ORACLE, name, String(arity)], { input, maxBuffer: 1 << 30 });
  if (res.status !== 0) throw new Error(`libm oracle failed: ${res.stderr}`);
  const out = res.stdout as Buffer;
  const copy = new Uint8Array(out.byteLength);
  copy.set(out);
  return new Float64Array(copy.buffer);
}

/** glibc's single-precision `name` (expf, logf, ...) applied to each float32 argument tuple. */
export function glibcF(name: string, args: Float32Array, arity = 1): Float32Array {
  const input = Buffer.from(args.buffer, args.byteOffset, args.byteLength);
  const res = spawnSync(PYTHON, [ORACLE, name, String(arity), 'f'], { input, maxBuffer: 1 << 30 });
  if (res.status !== 0) throw new Error(`libm oracle failed: ${res.stderr}`);
  const out = res.stdout as Buffer;
  const copy = new Uint8Array(out.byteLength);
  copy.set(out);
  return new Float32Array(copy.buffer);
}

/** A seeded source of test arguments. */
export class Inputs {
  private readonly bits: PCG64;
  constructor(seed: number) {
    this.bits = new PCG64(seed);
  }

  /** A uniform double in [0, 1) with all 53 bits random. */
  unit(): number {
    return this.bits.nextDouble();
  }

  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.unit();
  }

  /** Log-uniform magnitude in [2^lo, 2^hi), random sign when `signed`. */
  logUniform(lo: number, hi: number, signed = false): number {
    const x = 2 ** this.uniform(lo, hi) * (1 + this.unit()) / 2;
    return signed && this.unit() < 0.5 ? -x : x;
  }

  /** A double from uniformly random bits (NaNs and infinities included). */
  anyBits(): number {
    const f = new Float64Array(1);
    const u = new Uint32Array(f.buffer);
    u[1] = this.bits.next64();
    u[0] = this.bits.low;
    return f[0];
  }

  /** A float from uniformly random bits, NaNs quieted (a signalling NaN cannot pass through a JS number). */
  anyFloatBits(): number {
    const f = new Float32Array(1);
    new Uint32Array(f.buffer)[0] = this.bits.next32();
    return f[0];
  }

  /** n draws of gen() as a Float64Array. */
  many(n: number, gen: () => number): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = gen();
    return out;
  }
}

/** Edge values every function is checked on. */
export const SPECIALS: readonly number[] = [
  0, -0, Infinity, -Infinity, NaN, 1, -1, 2, 0.5, -0.5,
  Number.MIN_VALUE, -Number.MIN_VALUE, 2 ** -1022, 2 ** -1022 - Number.MIN_VALUE, 2 ** -1030,
  Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** 1023, 1e-300, 1e300, 1e-20, 1e20,
  Number.EPSILON, 1 - Number.EPSILON / 2, 1 + Number.EPSILON, -1 + Number.EPSILON / 2,
  Math.PI, Math.PI / 2, Math.PI / 4, Math.E, Math.LN2, 709.782712893384, 709.7827128933841,
  -708.3964185322641, -745.1332191019411, -745.1332191019412, -746, 710, -1000, 1000,
];

/** Bit-level equality (NaNs with the same payload, ±0 apart). */
export function sameBits(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

/** Describes up to `limit` mismatches between ours and glibc's results. */
export function mismatches(args: Float64Array, arity: number, ours: Float64Array, theirs: Float64Array, limit = 5): { count: number; examples: string[] } {
  let count = 0;
  const examples: string[] = [];
  for (let i = 0; i < ours.length; i++) {
    if (sameBits(ours[i], theirs[i])) continue;
    count++;
    if (examples.length < limit) {
      const a = Array.from(args.subarray(i * arity, i * arity + arity), hex).join(', ');
      examples.push(`(${a}): ours ${hex(ours[i])} glibc ${hex(theirs[i])}`);
    }
  }
  return { count, examples };
}

/** A double's exact value as C's %a prints it, for failure messages. */
export function hex(x: number): string {
  if (!Number.isFinite(x) || x === 0) return Object.is(x, -0) ? '-0' : String(x);
  const f = new Float64Array([x]);
  const bits = new BigUint64Array(f.buffer)[0];
  const exp = Number((bits >> 52n) & 0x7ffn);
  const mant = (bits & 0xfffffffffffffn).toString(16).padStart(13, '0');
  const sign = bits >> 63n ? '-' : '';
  return exp === 0 ? `${sign}0x0.${mant}p-1022` : `${sign}0x1.${mant}p${exp - 1023}`;
}

/** Asserts that f agrees with glibc's `name` on every argument. */
export function checkUnary(name: string, f: (x: number) => number, args: Float64Array): void {
  const theirs = glibc(name, args);
  const ours = args.map(f);
  const { count, examples } = mismatches(args, 1, ours, theirs);
  assert.strictEqual(count, 0, `${name}: ${count} mismatches of ${args.length}:\n${examples.join('\n')}`);
}

/** n arguments drawn from a mix of generators, plus the specials. */
export function mixed(seed: number, n: number, gens: Array<(inp: Inputs) => number>): Float64Array {
  const inp = new Inputs(seed);
  const out = new Float64Array(n + SPECIALS.length);
  for (let i = 0; i < n; i++) out[i] = gens[i % gens.length](inp);
  out.set(SPECIALS, n);
  return out;
}
