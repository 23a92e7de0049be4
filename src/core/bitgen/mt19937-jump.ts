/**
 * MT19937.jumped(): advances the state by 2**128 draws by evaluating the jump polynomial at the
 * state transition with Horner's rule, exactly as numpy/random/src/mt19937/mt19937-jump.c does
 * (word-by-word transitions on a circular state, so the resulting `pos` matches NumPy's too).
 */
import { JUMP_POLY } from './mt19937-jump-poly';

const N = 624;
const M = 397;
const MEXP = 19937;
const MATRIX_A = 0x9908b0df;

interface State { key: Uint32Array; pos: number }

const coef = (i: number): number => (JUMP_POLY[i >>> 5] >>> (i & 31)) & 1;

/** One incremental twist of the word at pos (NumPy's gen_next). */
function genNext(s: State): void {
  const k = s.key;
  const num = s.pos;
  let y: number;
  if (num < N - M) {
    y = (k[num] & 0x80000000) | (k[num + 1] & 0x7fffffff);
    k[num] = k[num + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    s.pos++;
  } else if (num < N - 1) {
    y = (k[num] & 0x80000000) | (k[num + 1] & 0x7fffffff);
    k[num] = k[num + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    s.pos++;
  } else {
    y = (k[N - 1] & 0x80000000) | (k[0] & 0x7fffffff);
    k[N - 1] = k[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    s.pos = 0;
  }
}

/** XORs state b into state a, each read circularly from its own position (NumPy's add_state). */
function addState(a: State, b: State): void {
  const pa = a.pos, pb = b.pos;
  for (let i = 0; i < N; i++) a.key[(pa + i) % N] ^= b.key[(pb + i) % N];
}

/** Jumps key/pos in place by 2**128 draws; returns the new pos. */
export function jumpMT19937(key: Uint32Array, pos: number): number {
  const state: State = { key, pos: pos >= N ? 0 : pos };
  let i = MEXP - 1;
  while (i >= 0 && coef(i) === 0) i--;
  const temp: State = { key: Uint32Array.from(state.key), pos: state.pos };
  if (i > 0) {
    genNext(temp);
    for (i--; i > 0; i--) {
      if (coef(i)) addState(temp, state);
      genNext(temp);
    }
    if (coef(0)) addState(temp, state);
  }
  key.set(temp.key);
  return temp.pos;
}
