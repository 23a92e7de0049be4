/** SEED004: re-seeding after draws, or inside a loop: the sequence restarts and repeats. */
import type { Finding, Rule } from '../finding';
import { executionOrder } from '../model';
import { classify, Source } from '../sources';

export const seed004: Rule = {
  code: 'SEED004',
  name: 'reseeding',
  defaultSeverity: 'warning',
  check(model) {
    const findings: Finding[] = [];
    const drawn = new Map<Source, { from: number; to: number }>();
    for (const call of executionOrder(model)) {
      const sc = classify(call);
      if (!sc) continue;
      if (sc.kind === 'draw') {
        if (!drawn.has(sc.source)) drawn.set(sc.source, { from: call.calleeFrom, to: call.to });
        continue;
      }
      if (call.inLoop) {
        findings.push({
          code: 'SEED004', severity: 'warning', from: call.calleeFrom, to: call.to,
          message: `${call.callee}() inside a loop restarts the random sequence on every iteration${call.args[0]?.literal ? ': each iteration draws the same numbers' : ''}. Seed once before the loop.`,
        });
        continue;
      }
      const first = sc.sources.map((s) => drawn.get(s)).find((d) => d !== undefined);
      if (first && !call.inFunction) {
        findings.push({
          code: 'SEED004', severity: 'warning', from: call.calleeFrom, to: call.to,
          message: `${call.callee}() re-seeds after numbers were already drawn: the sequence restarts here and earlier values repeat. Seed once at the start.`,
          related: [{ ...first, message: 'numbers were drawn here before the re-seed' }],
        });
      }
    }
    return findings;
  },
};
