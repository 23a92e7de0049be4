/**
 * log1p and expm1 against glibc's, 10^6 arguments each over the ranges NumPy's distributions
 * use (log1p(-U) in geometric and logseries, expm1 in logseries and the ziggurat), plus each
 * branch of fdlibm's argument reduction and the specials.
 */
import { expm1, Q1 } from '../../src/core/math/expm1';
import * as assert from 'assert';
import { log1p, LP2, LP3, polyExact, polyFast } from '../../src/core/math/log1p';
import { checkUnary, Inputs, mixed } from '../support/libm';

/**
 * o with base + o a rounding midpoint (halfway between two doubles) near base + approx; o is
 * exact as a double when base + approx is within a few binades of base (the midpoint itself is
 * not a double).
 */
function toMidpoint(base: number, approx: number): number {
  const r = base + approx;
  const ulp = 2 ** (Math.floor(Math.log2(Math.abs(r))) - 52);
  return (Math.floor(r / ulp) * ulp - base) + ulp / 2;
}

const sign = (i: Inputs): number => (i.unit() < 0.5 ? -1 : 1);

/** z with LP2 + z LP3 (log1p's R2) on a rounding midpoint. */
const r2MidpointZ = (i: Inputs): number => toMidpoint(LP2, i.uniform(1e-4, 0.0294) * LP3) / LP3;

/**
 * log1p's argument whose reduced f gives an R2 = LP2 + z LP3 (z = s^2, s = f / (2 + f)) on a
 * rounding midpoint, where only the fused product's rounding decides R2; scaled by 2^j so that the
 * reduction (k = j or thereabouts) leads back to about the same f.
 */
function log1pR2Midpoint(i: Inputs, j: number): number {
  const z = r2MidpointZ(i);
  const s = sign(i) * Math.sqrt(z);
  return 2 ** j * (1 + 2 * s / (1 - s)) - 1;
}

/** expm1's argument whose reduced x gives 1 + hxs Q1 (hxs = x^2 / 2) on a rounding midpoint, plus k ln 2. */
function expm1P1Midpoint(i: Inputs, k: number): number {
  const hxs = toMidpoint(1, i.uniform(1e-7, 0.06) * Q1) / Q1;
  return sign(i) * Math.sqrt(2 * hxs) + k * Math.LN2;
}

describe('math: log1p, expm1 agree with glibc bit for bit', () => {
  it('log1p on 10^6 arguments', () => {
    checkUnary('log1p', log1p, mixed(20, 1_000_000, [
      (i) => -i.unit(), // log1p(-p) with p a probability
      (i) => i.uniform(-0.2929, 0.41422), // no reduction
      (i) => i.uniform(-1, -0.29), // reduced below
      (i) => i.uniform(0.41, 10),
      (i) => i.logUniform(-60, -20, true), // tiny
      (i) => i.logUniform(-20, 1100),
      (i) => 2 ** 53 * i.uniform(0.5, 4), // around the 2^53 switch
      (i) => i.anyBits(),
    ]));
  });

  // The fast paths keep unfused sums only when their rounding is settled; these arguments put
  // those sums on or next to rounding midpoints, where the check must decline.
  it('log1p near the fast path\'s rounding decisions (300k arguments)', () => {
    checkUnary('log1p', log1p, mixed(22, 300_000, [
      (i) => log1pR2Midpoint(i, 0), // k = 0
      (i) => log1pR2Midpoint(i, Math.floor(i.uniform(1, 60))),
      (i) => log1pR2Midpoint(i, -Math.floor(i.uniform(1, 50))),
      // f small with k != 0: sR + (k ln2_lo + c) settles on the last bits of both
      (i) => 2 ** (sign(i) * Math.floor(i.uniform(1, 60))) * (1 + sign(i) * i.logUniform(-20, -6)) - 1,
    ]));
  });

  // An R2 that rounds apart from the fused one seldom reaches log1p's result (it moves R by a
  // fraction of an ulp), so the check is tested where it decides: R itself.
  it('log1p\'s fast R equals the fused R or declines (10^6 z, half at R2 midpoints)', () => {
    const inp = new Inputs(24);
    let declined = 0;
    for (let n = 0; n < 1_000_000; n++) {
      const z = n % 2 ? r2MidpointZ(inp) : inp.uniform(0, 0.0295);
      const z2 = z * z;
      const z4 = z2 * z2;
      const z6 = z2 * z4;
      const fast = polyFast(z, z2, z4, z6);
      if (fast !== fast) declined++;
      else if (fast !== polyExact(z, z2, z4, z6)) assert.fail(`z = ${z}: fast ${fast}, fused ${polyExact(z, z2, z4, z6)}`);
    }
    assert.ok(declined > 0, 'the midpoints must reach the check');
  });

  it('expm1 near the fast path\'s rounding decisions (300k arguments)', () => {
    checkUnary('expm1', expm1, mixed(23, 300_000, [
      (i) => expm1P1Midpoint(i, 0),
      (i) => expm1P1Midpoint(i, sign(i)),
      (i) => expm1P1Midpoint(i, Math.floor(i.uniform(-60, 60))),
    ]));
  });

  it('expm1 on 10^6 arguments', () => {
    checkUnary('expm1', expm1, mixed(21, 1_000_000, [
      (i) => i.uniform(-0.35, 0.35), // no reduction
      (i) => i.uniform(-1.04, 1.04), // k = ±1
      (i) => i.uniform(-40, 40), // k up to 56 and below -2
      (i) => i.uniform(-720, 720), // beyond 56 ln2 and overflow
      (i) => i.logUniform(-70, -50, true), // tiny
      (i) => -i.unit() * 5,
      (i) => i.anyBits(),
    ]));
  });
});
