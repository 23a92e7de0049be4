/**
 * The single-precision libm functions NumPy's float32 Generator paths call (expf, logf, powf,
 * log1pf) against glibc's, 10^6 float arguments each over the ranges the distributions use
 * (ziggurat tails and wedges, gamma's U^(1/a) and log terms), plus each algorithm's branch
 * edges and the specials.
 */
import * as assert from 'assert';
import { expf, expfFused } from '../../src/core/math/expf';
import { log1pf } from '../../src/core/math/log1pf';
import { logf, logfFused } from '../../src/core/math/logf';
import { powf, powfFused } from '../../src/core/math/powf';
import { glibcF, hex, Inputs, sameBits } from '../support/libm';

const F32_MAX = new Float32Array(new Uint32Array([0x7f7fffff]).buffer)[0];

/** Float edge values every function is checked on. */
const SPECIALS_F: readonly number[] = [
  0, -0, Infinity, -Infinity, NaN, 1, -1, 2, -2, 0.5, -0.5, 3, -3,
  2 ** -149, -(2 ** -149), 2 ** -126, 2 ** -126 - 2 ** -149, 2 ** -130, F32_MAX, -F32_MAX, 2 ** 127,
  2 ** -24, 1 - 2 ** -24, 1 + 2 ** -23, -1 + 2 ** -24, 2 ** -29, 2 ** -54, 2 ** -60, -(2 ** -30),
  0.41422, 0.41421, -0.2929, -0.29289, 88, 88.72283, 88.72284, -103.27892, -103.97207, -103.97208, -104, -87.3, 126, -126, 150, -150,
  Math.PI, Math.E, Math.LN2, 7.6971174701310497, 3.6541528853610088, 0.27366123732975828,
];

/** n float arguments drawn from a mix of generators, plus the specials. */
function mixedF(seed: number, n: number, gens: Array<(inp: Inputs) => number>): Float32Array {
  const inp = new Inputs(seed);
  const out = new Float32Array(n + SPECIALS_F.length);
  for (let i = 0; i < n; i++) out[i] = gens[i % gens.length](inp);
  out.set(SPECIALS_F, n);
  return out;
}

function report(name: string, args: Float32Array, arity: number, ours: Float32Array, theirs: Float32Array): void {
  assert.strictEqual(ours.length, theirs.length);
  let count = 0;
  const examples: string[] = [];
  for (let i = 0; i < ours.length; i++) {
    if (sameBits(ours[i], theirs[i])) continue;
    count++;
    if (examples.length < 5) {
      const a = Array.from(args.subarray(i * arity, i * arity + arity), hex).join(', ');
      examples.push(`(${a}): ours ${hex(ours[i])} glibc ${hex(theirs[i])}`);
    }
  }
  assert.strictEqual(count, 0, `${name}: ${count} mismatches of ${ours.length}:\n${examples.join('\n')}`);
}

function checkUnaryF(name: string, fn: (x: number) => number, args: Float32Array): void {
  const theirs = glibcF(name, args);
  const ours = new Float32Array(args.length);
  for (let i = 0; i < args.length; i++) {
    const y = fn(args[i]);
    assert.ok(Number.isNaN(y) || Math.fround(y) === y, `${name}(${hex(args[i])}) = ${y} is not a float`);
    ours[i] = y;
  }
  report(name, args, 1, ours, theirs);
}

/** A float U as next_float draws it: a multiple of 2^-24 in [0, 1). */
const nextFloat = (i: Inputs): number => Math.floor(i.unit() * 16777216) / 16777216;

describe('math: float expf, logf, powf, log1pf agree with glibc bit for bit', () => {
  const expfArgs = (): Float32Array => mixedF(30, 1_000_000, [
    (i) => -i.uniform(0, 8), // expf(-x) in the exponential ziggurat's wedges
    (i) => i.uniform(-1, 1),
    (i) => i.uniform(-110, 90),
    (i) => i.uniform(-104.5, -86), // subnormal results and the underflow edges
    (i) => i.uniform(87.5, 89), // overflow edge
    (i) => i.logUniform(-150, 7, true),
    (i) => i.anyFloatBits(),
  ]);

  it('expf on 10^6 arguments', () => {
    checkUnaryF('expf', expf, expfArgs());
  });

  // The unfused shortcut decides nearly every value; its exact fallback must agree on its own too.
  it('expf without the unfused shortcut on the same arguments', () => {
    checkUnaryF('expf', expfFused, expfArgs());
  });

  const logfArgs = (): Float32Array => mixedF(31, 1_000_000, [
      nextFloat, // logf(U) in gamma
      (i) => 1 - nextFloat(i),
      (i) => (1 + i.uniform(-0.4, 0.4) * i.uniform(0, 1)) ** 3, // logf(V), V = (1 + cX)^3
      (i) => i.uniform(0.9, 1.1),
      (i) => i.uniform(0, 100),
      (i) => i.logUniform(-149, -126), // subnormals
      (i) => i.logUniform(-126, 128),
      (i) => i.anyFloatBits(),
    ]);

  it('logf on 10^6 arguments', () => {
    checkUnaryF('logf', logf, logfArgs());
  });

  // The unfused shortcut decides nearly every value; its exact fallback must agree on its own too.
  it('logf without the unfused shortcut on the same arguments', () => {
    checkUnaryF('logf', logfFused, logfArgs());
  });

  it('log1pf on 10^6 arguments', () => {
    checkUnaryF('log1pf', log1pf, mixedF(32, 1_000_000, [
      (i) => -nextFloat(i), // log1pf(-U) in the ziggurat tails
      (i) => i.uniform(-0.2929, 0.41422), // no reduction
      (i) => i.uniform(-1, -0.29), // reduced below
      (i) => i.uniform(0.41, 10),
      (i) => i.logUniform(-60, -20, true), // tiny, around the 2^-29 and 2^-54 switches
      (i) => i.logUniform(-20, 128),
      (i) => 2 ** 53 * i.uniform(0.5, 4), // around the 0x5a000000 switch
      (i) => i.anyFloatBits(),
    ]));
  });

  function powfArgs(): Float32Array {
    const inp = new Inputs(33);
    const n = 1_000_000;
    const gens: Array<() => [number, number]> = [
      () => [nextFloat(inp), 1 / inp.uniform(0.01, 1)], // U^(1/a) in gamma, a < 1
      () => [nextFloat(inp), 1 / inp.logUniform(-20, 0)],
      () => [inp.uniform(0, 5), 1 / inp.uniform(0.01, 1)], // (1 - a + aY)^(1/a)
      () => [inp.uniform(0, 100), inp.uniform(-5, 5)],
      () => [inp.logUniform(-60, 60), inp.uniform(-30, 30)],
      () => [-inp.uniform(0, 10), Math.floor(inp.uniform(-40, 40))], // negative base, integer power
      () => [inp.uniform(0.5, 2), inp.uniform(-300, 300)], // over- and underflow edges
      () => [inp.logUniform(-149, -126), inp.uniform(-1, 1)], // subnormal base
      () => [inp.anyFloatBits(), inp.anyFloatBits()],
    ];
    const pairs: number[] = [];
    for (let i = 0; i < n; i++) pairs.push(...gens[i % gens.length]());
    for (const a of SPECIALS_F) for (const b of SPECIALS_F) pairs.push(a, b);
    return Float32Array.from(pairs);
  }

  for (const [title, fn] of [['powf on 10^6 argument pairs', powf], ['powf without the unfused shortcut on the same pairs', powfFused]] as const) {
    it(title, () => {
      const args = powfArgs();
      const theirs = glibcF('powf', args, 2);
      const ours = new Float32Array(theirs.length);
      for (let i = 0; i < ours.length; i++) ours[i] = fn(args[2 * i], args[2 * i + 1]);
      report('powf', args, 2, ours, theirs);
    });
  }
});
