/**
 * acos against glibc's, 10^6 arguments: uniform on (-1, 1) as NumPy's and CPython's von Mises
 * use it, dense near each interval boundary of glibc's table and near ±1, plus the specials.
 */
import { acos } from '../../src/core/math/acos';
import { checkUnary, Inputs, mixed } from '../support/libm';

const EDGES = [0.125, 0.25, 0.5, 0.75, 0.921875, 0.953125, 0.96875, 1];

describe('math: acos agrees with glibc bit for bit', () => {
  it('acos on 10^6 arguments', () => checkUnary('acos', acos, mixed(40, 1_000_000, [
    (i) => i.uniform(-1, 1),
    (i) => i.uniform(-1, 1),
    (i) => (i.unit() < 0.5 ? -1 : 1) * (1 - i.logUniform(-54, -5)), // near ±1
    (i) => i.logUniform(-60, -3, true), // the Taylor branch
    (i) => (i.unit() < 0.5 ? -1 : 1) * EDGES[Math.floor(i.unit() * EDGES.length)] * (1 + (i.unit() - 0.5) * 2 ** -(i.unit() * 50)),
    (i: Inputs) => i.uniform(-3, 3),
    (i) => i.anyBits(),
  ])));
});
