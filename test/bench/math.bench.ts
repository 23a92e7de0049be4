/** glibc-exact libm vs V8's Math.* (issue 4 goal: no slower than 3x Math.*, i.e. ratio >= 0.33). */
import * as libm from '../../src/core/math';
import { BenchRow, printTable, rate } from './harness';

const N = 1 << 16;

/** Arguments in the range the distributions use for each function. */
function inputs(lo: number, hi: number): Float64Array {
  let s = 0x12345678;
  return Float64Array.from({ length: N }, () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return lo + (hi - lo) * (s / 2 ** 32);
  });
}

function unaryRow(what: string, ours: (x: number) => number, theirs: (x: number) => number, xs: Float64Array): BenchRow {
  const sink = new Float64Array(N);
  const loop = (f: (x: number) => number) => (): void => { for (let i = 0; i < N; i++) sink[i] = f(xs[i]); };
  return { what, ours: rate(loop(ours), N), peer: rate(loop(theirs), N), goal: 0.33 };
}

export function run(): void {
  const unit = inputs(1e-9, 1);
  const angle = inputs(-Math.PI, Math.PI);
  const ys = inputs(0.1, 5);
  const sink = new Float64Array(N);
  const powLoop = (f: (x: number, y: number) => number) => (): void => { for (let i = 0; i < N; i++) sink[i] = f(unit[i], ys[i]); };
  const rows: BenchRow[] = [
    unaryRow('log(u), u in (0,1)', libm.log, Math.log, unit),
    unaryRow('exp(x), x in (-pi,pi)', libm.exp, Math.exp, angle),
    { what: 'pow(u, y)', ours: rate(powLoop(libm.pow), N), peer: rate(powLoop(Math.pow), N), goal: 0.33 },
    unaryRow('log1p(-u)', (x) => libm.log1p(-x), (x) => Math.log1p(-x), unit),
    unaryRow('expm1(x)', libm.expm1, Math.expm1, angle),
  ];
  for (const name of ['sin', 'cos'] as const) {
    if (libm.EXACT.has(name)) rows.push(unaryRow(`${name}(x), x in (-pi,pi)`, libm[name], Math[name], angle));
  }
  if (libm.EXACT.has('acos')) rows.push(unaryRow('acos(x), x in (-1,1)', libm.acos, Math.acos, inputs(-1, 1)));
  // The float functions of the float32 Generator paths, on float arguments, against Math.* rounded to float.
  const f = Math.fround;
  const unitF = Float64Array.from(unit, f);
  const angleF = Float64Array.from(angle, f);
  const ysF = Float64Array.from(ys, f);
  const powfLoop = (g: (x: number, y: number) => number) => (): void => { for (let i = 0; i < N; i++) sink[i] = g(unitF[i], ysF[i]); };
  rows.push(
    unaryRow('expf(x), x in (-pi,pi)', libm.expf, (x) => f(Math.exp(x)), angleF),
    unaryRow('logf(u), u in (0,1)', libm.logf, (x) => f(Math.log(x)), unitF),
    { what: 'powf(u, y)', ours: rate(powfLoop(libm.powf), N), peer: rate(powfLoop((x, y) => f(Math.pow(x, y))), N), goal: 0.33 },
    unaryRow('log1pf(-u)', (x) => libm.log1pf(-x), (x) => f(Math.log1p(-x)), unitF),
  );
  printTable('glibc-exact libm (issue 4)', 'Math.*', rows);
}
