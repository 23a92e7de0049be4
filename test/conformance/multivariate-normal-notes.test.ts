/**
 * SeedLab's note on multivariate_normal samples that depend on the NumPy build. For covariances
 * users write (test/fixtures/mvn_notes/generate.py: equicorrelation, AR(1), identity, diagonal
 * and block-diagonal ones, random SPD), the fixture holds the samples of NumPy 2.x (OpenBLAS) and
 * NumPy 1.24 (reference LAPACK) for the same seed. Ours must equal NumPy 1.24's bit for bit, and
 * wherever the two builds' samples differ visibly, a note must say so.
 */
import * as assert from 'assert';
import { default_rng } from '../../src/core/generator/generator';
import { RandomState } from '../../src/core/legacy/randomstate';
import { withNotes } from '../../src/core/notes';
import { readFixture } from '../support/fixtures';

type Sample = number[][];
interface Case { kind: string; cov: number[][]; numpy2: Record<Method, Sample>; numpy1: Record<Method, Sample> }
type Method = 'legacy' | 'svd' | 'eigh';

/** Differences above this share of max|x| show in NumPy's printed arrays (8 digits). */
const VISIBLE = 1e-6;

const fixture = readFixture<{ numpy: string; numpy1: string; cases: Case[] }>('mvn_notes', 'notes.json');

function spread(a: number[], b: number[]): number {
  const scale = Math.max(...b.map(Math.abs));
  return Math.max(...a.map((x, i) => Math.abs(x - b[i]))) / scale;
}

describe(`multivariate_normal notes where NumPy ${fixture.numpy} and ${fixture.numpy1} draw different samples`, () => {
  const counts = { calls: 0, differ: 0, noted: 0, notedButSame: 0 };
  for (const c of fixture.cases) {
    it(`${c.kind}: NumPy ${fixture.numpy1}'s samples bit for bit, and a note wherever the builds differ visibly`, () => {
      const n = c.cov.length;
      const mean = new Array<number>(n).fill(0);
      for (const method of ['legacy', 'svd', 'eigh'] as const) {
        const { value, notes } = withNotes(() => (method === 'legacy'
          ? new RandomState(7).multivariate_normal(mean, c.cov, [2])
          : default_rng(7).multivariate_normal(mean, c.cov, [2], 'warn', 1e-8, method)));
        const ours = Array.from(value.data), one = c.numpy1[method].flat(), two = c.numpy2[method].flat();
        assert.deepStrictEqual(ours, one, `${method}: NumPy ${fixture.numpy1}`);
        const differ = spread(one, two) > VISIBLE;
        if (differ) assert.strictEqual(notes.length, 1, `${method}: the builds differ by ${spread(one, two)} of max|x| and no note says so`);
        counts.calls++;
        if (differ) counts.differ++;
        if (notes.length) counts.noted++;
        if (notes.length && spread(one, two) <= 1e-13) counts.notedButSame++;
      }
    });
  }
  after(() => {
    console.log(`      ${counts.calls} calls: ${counts.differ} where the builds differ visibly, all noted; ${counts.noted} notes, ${counts.notedButSame} of them where these two builds happen to agree`);
  });
});
