/** SEED001: randomness drawn from a source that nothing seeded first. */
import type { Finding, Rule } from '../finding';
import { indentOf, inOrder, seedingCall } from '../fixes';
import { executionOrder } from '../model';
import { classify, GENERATOR_CONSTRUCTORS, seedArg, Source } from '../sources';

const NAMES: Record<Source, string> = { numpy: "NumPy's global random state", python: "Python's random module", torch: "PyTorch's global generator", tensorflow: "TensorFlow's global seed" };

export const seed001: Rule = {
  code: 'SEED001',
  name: 'unseeded-random-source',
  defaultSeverity: 'warning',
  check(model, ctx) {
    const findings: Finding[] = [];
    const seeded = new Set<Source>();
    const reported = new Set<Source>();
    for (const call of executionOrder(model)) {
      const kind = call.qualname ? GENERATOR_CONSTRUCTORS[call.qualname] : undefined;
      if (kind) {
        const arg = seedArg(call);
        if (!arg || arg.text === 'None') {
          const insertAt = call.to - 1; // before the closing parenthesis
          findings.push({
            code: 'SEED001', severity: 'warning', from: call.calleeFrom, to: call.to,
            message: `${call.callee}() without a seed draws fresh OS entropy: every run gives different numbers. Pass a seed, e.g. ${call.callee}(${ctx.defaultSeed}).`,
            fix: arg ? { title: `Seed with ${ctx.defaultSeed}`, edits: [{ from: arg.from, to: arg.to, insert: String(ctx.defaultSeed) }] }
              : { title: `Seed with ${ctx.defaultSeed}`, edits: [{ from: insertAt, to: insertAt, insert: String(ctx.defaultSeed) }] },
          });
        }
        continue;
      }
      const sc = classify(call);
      if (!sc) continue;
      if (sc.kind === 'seed') { for (const s of sc.sources) seeded.add(s); continue; }
      if (seeded.has(sc.source) || reported.has(sc.source)) continue;
      reported.add(sc.source);
      // Named as the file imports the module (`import numpy as numpy_` -> numpy_.random.seed), imported when it is not.
      const { call: line, edits: imports } = seedingCall(model, sc.source, String(ctx.defaultSeed));
      findings.push({
        code: 'SEED001', severity: 'warning', from: call.calleeFrom, to: call.to,
        message: `${call.callee}() draws from ${NAMES[sc.source]}, which nothing seeded before this call: results change on every run. Seed it first, e.g. ${line}.`,
        fix: {
          title: `Insert ${line} before the first draw`,
          edits: inOrder([...imports, { from: call.statementFrom, to: call.statementFrom, insert: `${line}\n${indentOf(model.source, call.statementFrom)}` }]),
        },
      });
    }
    return findings;
  },
};
