/** SEED004: re-seeding after draws, or inside a loop: the sequence restarts and repeats. */
import type { SyntaxNode } from '@lezer/common';
import type { Finding, Fix, Rule } from '../finding';
import { deleteLine, hasOtherStatements, indentOf, ownLineStatement, withFix } from '../fixes';
import { executionOrder, type Call, type Model } from '../model';
import { classify, seedArg, Source } from '../sources';

/** A generator of one's own for each source, seeded with `seed`. */
const OWN_GENERATOR: Record<Source, (seed: string) => string> = {
  numpy: (seed) => `np.random.default_rng(${seed})`,
  python: (seed) => `random.Random(${seed})`,
  torch: (seed) => `torch.Generator().manual_seed(${seed})`,
  tensorflow: (seed) => `tf.random.Generator.from_seed(${seed})`,
};

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
        const seed = seedArg(call)?.text;
        if (varies(seed, call.loopNames)) {
          // One experiment per seed (`for seed in seeds: np.random.seed(seed)`) is reproducible, so
          // this is advice, not a warning: the global state is shared with every other draw.
          findings.push({
            code: 'SEED004', severity: 'information', from: call.calleeFrom, to: call.to,
            message: `${call.callee}(${seed}) re-seeds the global state on every iteration, with a seed the loop changes: each iteration is reproducible, but it resets a state every other draw in the process shares. Give each iteration its own generator instead${sc.sources.length === 1 ? `, e.g. ${OWN_GENERATOR[sc.sources[0]](seed!)}` : ''}.`,
          });
          continue;
        }
        findings.push(withFix({
          code: 'SEED004', severity: 'warning', from: call.calleeFrom, to: call.to,
          message: `${call.callee}() inside a loop restarts the random sequence on every iteration${call.args[0]?.literal ? ': each iteration draws the same numbers' : ''}. Seed once before the loop.`,
        }, () => moveBeforeLoop(model, call)));
        continue;
      }
      const first = sc.sources.map((s) => drawn.get(s)).find((d) => d !== undefined);
      if (first && !call.inFunction) {
        findings.push(withFix({
          code: 'SEED004', severity: 'warning', from: call.calleeFrom, to: call.to,
          message: `${call.callee}() re-seeds after numbers were already drawn: the sequence restarts here and earlier values repeat. Seed once at the start.`,
          related: [{ ...first, message: 'numbers were drawn here before the re-seed' }],
        }, () => removeReseed(model, call)));
      }
    }
    return findings;
  },
};

/** Whether a seed expression mentions a name or attribute the enclosing loops rebind (`i`, `self.step`, or `self` itself). */
function varies(seedText: string | undefined, loopNames: readonly string[]): boolean {
  if (seedText === undefined || loopNames.length === 0) return false;
  return (seedText.match(/[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*/g) ?? []).some((ref) => {
    const parts = ref.split('.').map((p) => p.trim());
    return parts.some((_, i) => loopNames.includes(parts.slice(0, i + 1).join('.')));
  });
}

/** The fix removing a re-seed that stands on its own line (where something else is left in its block). */
function removeReseed(model: Model, call: Call): Fix | null {
  const statement = ownLineStatement(model, call);
  const block = statement?.parent;
  return statement && block && hasOtherStatements(block, statement)
    ? { title: `Remove the re-seed ${model.source.slice(call.from, call.to)}`, edits: [deleteLine(model.source, statement)] } : null;
}

/** The fix moving a loop's constant re-seed to just before the (innermost) loop, where it runs once. */
function moveBeforeLoop(model: Model, call: Call): Fix | null {
  const statement = ownLineStatement(model, call);
  const body = statement?.parent;
  const loop = body?.parent;
  if (!statement || !body || body.name !== 'Body' || !loop || !isLoop(loop) || !hasOtherStatements(body, statement)) return null;
  const text = model.source.slice(call.from, call.to);
  return {
    title: `Move ${text} before the loop`,
    edits: [{ from: loop.from, to: loop.from, insert: `${text}\n${indentOf(model.source, loop.from)}` }, deleteLine(model.source, statement)],
  };
}

function isLoop(node: SyntaxNode): boolean {
  return node.name === 'ForStatement' || node.name === 'WhileStatement';
}
