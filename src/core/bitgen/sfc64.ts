/**
 * SFC64, Chris Doty-Humphrey's Small Fast Chaotic generator, as numpy/random/src/sfc64:
 * four 64-bit words (the last a counter), each kept as 32-bit halves.
 */
import { Native64BitGenerator } from './bitgenerator';
import { CHUNK, kernels, Kernels, OUT } from './wasm/kernels';

const TWO32 = 4294967296;

export class SFC64 extends Native64BitGenerator {
  readonly name = 'SFC64' as const;
  private ah = 0; private al = 0; private bh = 0; private bl = 0;
  private ch = 0; private cl = 0; private dh = 0; private dl = 0;

  constructor(seed?: unknown) {
    super(seed);
    const [a, b, c] = this._seedSeq!.generateWords64(3);
    [this.ah, this.al] = a; [this.bh, this.bl] = b; [this.ch, this.cl] = c;
    this.dh = 0; this.dl = 1;
    for (let i = 0; i < 12; i++) this.next64();
  }

  /** tmp = a + b + d++; a = b ^ (b >> 11); b = c + (c << 3); c = rotl(c, 24) + tmp. */
  next64(): number {
    let lo = this.al + this.bl + this.dl;
    const tl = lo >>> 0;
    const th = (this.ah + this.bh + this.dh + Math.floor(lo / TWO32)) >>> 0;
    lo = this.dl + 1;
    this.dl = lo >>> 0;
    this.dh = (this.dh + (lo >= TWO32 ? 1 : 0)) >>> 0;
    this.ah = (this.bh ^ (this.bh >>> 11)) >>> 0;
    this.al = (this.bl ^ ((this.bl >>> 11) | (this.bh << 21))) >>> 0;
    const c3h = ((this.ch << 3) | (this.cl >>> 29)) >>> 0;
    const c3l = (this.cl << 3) >>> 0;
    lo = this.cl + c3l;
    this.bl = lo >>> 0;
    this.bh = (this.ch + c3h + Math.floor(lo / TWO32)) >>> 0;
    const rh = ((this.ch << 24) | (this.cl >>> 8)) >>> 0;
    const rl = ((this.cl << 24) | (this.ch >>> 8)) >>> 0;
    lo = rl + tl;
    this.cl = lo >>> 0;
    this.ch = (rh + th + Math.floor(lo / TWO32)) >>> 0;
    this.low = tl;
    return th;
  }


  /** Runs the WebAssembly loop over `n` values in chunks; `take` copies each chunk out. False without WASM. */
  private viaKernel(n: number, mode: number, take: (k: Kernels, done: number, count: number) => void): boolean {
    const k = n >= 64 ? kernels() : null;
    if (!k) return false;
    const m = k.u32; // a, b, c, counter as little-endian i64s
    m[0] = this.al; m[1] = this.ah; m[2] = this.bl; m[3] = this.bh;
    m[4] = this.cl; m[5] = this.ch; m[6] = this.dl; m[7] = this.dh;
    for (let done = 0; done < n; done += CHUNK) {
      const count = Math.min(CHUNK, n - done);
      k.sfc64_fill(count, mode);
      take(k, done, count);
    }
    this.al = m[0]; this.ah = m[1]; this.bl = m[2]; this.bh = m[3];
    this.cl = m[4]; this.ch = m[5]; this.dl = m[6]; this.dh = m[7];
    return true;
  }

  fillDoubles(out: Float64Array, start = 0, end = out.length): void {
    if (this.viaKernel(end - start, 1, (k, done, count) => out.set(k.f64.subarray(OUT / 8, OUT / 8 + count), start + done))) return;
    super.fillDoubles(out, start, end);
  }

  fillRaw(words: Uint32Array, start: number, end: number): void {
    const ok = this.viaKernel(end - start, 0, (k, done, count) =>
      words.set(k.u32.subarray(OUT / 4, OUT / 4 + 2 * count), 2 * (start + done)));
    if (!ok) super.fillRaw(words, start, end);
  }

  get state(): Record<string, unknown> {
    const w = (h: number, l: number): bigint => (BigInt(h) << 32n) | BigInt(l);
    return {
      bit_generator: 'SFC64',
      state: { state: BigUint64Array.from([w(this.ah, this.al), w(this.bh, this.bl), w(this.ch, this.cl), w(this.dh, this.dl)]) },
      has_uint32: this.hasUint32,
      uinteger: this.uinteger,
    };
  }

  set state(value: Record<string, unknown>) {
    const v = this.checkState(value, 'RNG');
    const s = Array.from(v.state.state as ArrayLike<number | bigint>, (x) => BigInt(x));
    const h = (x: bigint): number => Number((x >> 32n) & 0xffffffffn);
    const l = (x: bigint): number => Number(x & 0xffffffffn);
    this.ah = h(s[0]); this.al = l(s[0]); this.bh = h(s[1]); this.bl = l(s[1]);
    this.ch = h(s[2]); this.cl = l(s[2]); this.dh = h(s[3]); this.dl = l(s[3]);
    this.hasUint32 = Number(v.has_uint32);
    this.uinteger = Number(v.uinteger) >>> 0;
  }
}
