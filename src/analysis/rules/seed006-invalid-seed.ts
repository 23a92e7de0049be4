/**
 * SEED006: a seed the library rejects at run time. The message is the library's own: the
 * literal is handed to SeedLab's core, which raises exactly what NumPy / CPython raise.
 */
import { PyError } from '../../core/errors';
import { default_rng } from '../../core/generator/generator';
import { RandomState } from '../../core/legacy/randomstate';
import { parseLiteral } from '../../core/pyliteral';
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

export const seed006: Rule = {
  code: 'SEED006',
  name: 'invalid-seed',
  defaultSeverity: 'error',
  check(model) {
    const findings: Finding[] = [];
    for (const call of model.calls) {
      const attempt = call.qualname ? TRY_SEED[call.qualname] : undefined;
      const arg = attempt ? seedArg(call) : undefined;
      if (!attempt || !arg || !arg.literal || arg.text === 'None') continue;
      try {
        attempt(parseLiteral(arg.text));
      } catch (e) {
        if (!(e instanceof PyError)) continue;
        findings.push({
          code: 'SEED006', severity: 'error', from: arg.from, to: arg.to,
          message: `${call.callee}(${arg.text}) fails at run time with ${e.toPythonString().replace(/\n/g, ' ')}`,
        });
      }
    }
    return findings;
  },
};
