/**
 * MT19937 jump-ahead by 2**128 steps (numpy/random/src/mt19937/mt19937-jump.c): Horner's method
 * on the jump polynomial, where "x" is one single-word state transition (gen_next) and "+" XORs
 * two states aligned at their positions. Runs ~20k transitions and ~10k state additions.
 */
import { JUMP_POLY_HEX } from './mt19937jumppoly';

const N = 624;
const M = 397;
const MEXP = 19937;
const MATRIX_A = 0x9908b0df;

let poly: Uint32Array | undefined;

function coefficients(): Uint32Array {
  if (!poly) {
    poly = new Uint32Array(N);
    for (let i = 0; i < N; i++) poly[i] = parseInt(JUMP_POLY_HEX.slice(8 * i, 8 * i + 8), 16);
  }
  return poly;
}

interface JumpState {
  key: Uint32Array;
  pos: number;
}

const coef = (pf: Uint32Array, deg: number): number => (pf[deg >>> 5] >>> (deg & 31)) & 1;

/** Regenerates the single word at pos and moves pos on (the jump code's own transition). */
function genNext(s: JumpState): void {
  const k = s.key;
  const num = s.pos;
  let y: number;
  if (num < N - M) {
    y = (k[num] & 0x80000000) | (k[num + 1] & 0x7fffffff);
    k[num] = k[num + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    s.pos++;
  } else if (num < N - 1) {
    y = (k[num] & 0x80000000) | (k[num + 1] & 0x7fffffff);
    k[num] = k[num + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    s.pos++;
  } else if (num === N - 1) {
    y = (k[N - 1] & 0x80000000) | (k[0] & 0x7fffffff);
    k[N - 1] = k[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    s.pos = 0;
  }
}

/** s1 += s2, word i after each one's position. */
function addState(s1: JumpState, s2: JumpState): void {
  const a = s1.key;
  const b = s2.key;
  let p1 = s1.pos;
  let p2 = s2.pos;
  for (let i = 0; i < N; i++) {
    a[p1] ^= b[p2];
    if (++p1 === N) p1 = 0;
    if (++p2 === N) p2 = 0;
  }
}

/** Jumps (key, pos) in place by 2**128 steps, exactly as NumPy's mt19937_jump_state. */
export function jumpMt19937(key: Uint32Array, pos: number): number {
  const pf = coefficients();
  const state: JumpState = { key, pos: pos >= N ? 0 : pos };
  let i = MEXP - 1;
  while (coef(pf, i) === 0) i--;
  const temp: JumpState = { key: Uint32Array.from(state.key), pos: state.pos };
  genNext(temp);
  i--;
  for (; i > 0; i--) {
    if (coef(pf, i)) addState(temp, state);
    genNext(temp);
  }
  if (coef(pf, 0)) addState(temp, state);
  key.set(temp.key);
  return temp.pos;
}
