/**
 * SEED006: a seed the library rejects at run time. The message is the library's own: the
 * literal is handed to SeedLab's core, which raises exactly what NumPy / CPython raise.
 */
import { PyError } from '../../core/errors';
import { default_rng } from '../../core/generator/generator';
import { RandomState } from '../../core/legacy/randomstate';
import { pythonLiteral } from '../../core/pyliteral';
import { PyFloat } from '../../core/pyvalues';
import { Random } from '../../core/pyrandom/random';
import { SeedSequence } from '../../core/bitgen/seedsequence';
import type { Finding, Rule } from '../finding';
import { seedArg } from '../sources';

const TRY_SEED: Record<string, (seed: unknown) => unknown> = {
  'numpy.random.seed': (s) => new RandomState(s),
  'numpy.random.RandomState': (s) => new RandomState(s),
  'numpy.random.default_rng': (s) => default_rng(s),
  'numpy.random.SeedSequence': (s) => new SeedSequence(s),
  'random.seed': (s) => new Random(s),
  'random.Random': (s) => new Random(s),
};

/** The library's error for a seed literal (null when accepted); a literal's outcome never changes. */
const outcomes = new Map<string, string | null>();

function rejection(qualname: string, literal: string): string | null {
  const key = `${qualname}(${literal})`;
  let out = outcomes.get(key);
  if (out === undefined) {
    const seed = pythonLiteral(literal);
    try {
      if (seed) TRY_SEED[qualname](seed.value);
      out = null; // accepted, or a literal SeedLab cannot evaluate (a complex number, a \N{...} escape): no claim
    } catch (e) {
      out = e instanceof PyError ? e.toPythonString().replace(/\n/g, ' ') : null;
    }
    if (outcomes.size > 10000) outcomes.clear();
    outcomes.set(key, out);
  }
  return out;
}

/** A seed the library takes in place of a rejected one: the integral float's int (`3.0` -> `3`), else the default seed. */
function replacement(literal: string, defaultSeed: number): string {
  const value = pythonLiteral(literal)?.value;
  const integral = value instanceof PyFloat ? value.value : null;
  return integral !== null && integral >= 0 && integral < 2 ** 32 ? String(integral) : String(defaultSeed);
}

export const seed006: Rule = {
  code: 'SEED006',
  name: 'invalid-seed',
  defaultSeverity: 'error',
  check(model, ctx) {
    const findings: Finding[] = [];
    for (const call of model.calls) {
      const attempt = call.qualname ? TRY_SEED[call.qualname] : undefined;
      const arg = attempt ? seedArg(call) : undefined;
      if (!attempt || !arg || !arg.literal || arg.text === 'None') continue;
      const error = rejection(call.qualname!, arg.text);
      if (error) {
        const seed = replacement(arg.text, ctx.defaultSeed);
        findings.push({
          code: 'SEED006', severity: 'error', from: arg.from, to: arg.to,
          message: `${call.callee}(${arg.text}) fails at run time with ${error}`,
          fix: { title: `Use seed ${seed}`, edits: [{ from: arg.from, to: arg.to, insert: seed }] },
        });
      }
    }
    return findings;
  },
};
