/** SEED005: two generators built from the same seed value produce the same stream. */
import type { Finding, Rule } from '../finding';
import { GENERATOR_CONSTRUCTORS, seedArg } from '../sources';

export const seed005: Rule = {
  code: 'SEED005',
  name: 'duplicate-seed',
  defaultSeverity: 'warning',
  check(model) {
    const findings: Finding[] = [];
    const seen = new Map<string, { from: number; to: number; callee: string }>();
    for (const call of model.calls) {
      const kind = call.qualname ? GENERATOR_CONSTRUCTORS[call.qualname] : undefined;
      if (!kind) continue;
      const arg = seedArg(call);
      if (!arg || !arg.literal || arg.text === 'None') continue;
      const key = `${kind}:${arg.text.replace(/\s+/g, '')}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { from: call.calleeFrom, to: call.to, callee: call.callee });
        continue;
      }
      findings.push({
        code: 'SEED005', severity: 'warning', from: call.calleeFrom, to: call.to,
        message: `${call.callee}(${arg.text}) uses the same seed as ${first.callee}(${arg.text}): both produce the identical stream, so they are not independent. Derive distinct seeds with np.random.SeedSequence(${arg.text}).spawn(n).`,
        related: [{ from: first.from, to: first.to, message: `first generator seeded with ${arg.text}` }],
      });
    }
    return findings;
  },
};
