/**
 * SEED003's quick fix: one child of `SeedSequence(S).spawn(n)` per task, as NumPy's guide to
 * parallel generation does it. The worker gets a `seed` parameter and seeds from it; the dispatch
 * hands each task its child:
 *
 *   child_seeds = np.random.SeedSequence(42).spawn(len(tasks))
 *   pool.starmap(work, zip(tasks, child_seeds))          # was pool.map(work, tasks)
 *   executor.map(work, tasks, child_seeds)               # was executor.map(work, tasks)
 *   Parallel()(delayed(work)(t, seed) for t, seed in zip(tasks, child_seeds))
 *
 * Offered only where the rewrite is sure to run: a worker with plain positional parameters,
 * dispatched once, from one of those three shapes, over tasks whose length is known.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Fix, TextEdit } from '../finding';
import { indentOf, inOrder, moduleName, seedingCall } from '../fixes';
import type { Call, Model } from '../model';
import { classify, seedArg, type Source } from '../sources';

const SEEDS = 'child_seeds';

/** Constructors that take a SeedSequence child as it is; every other seeding call takes an int made from it. */
const TAKES_SEED_SEQUENCE = new Set(['default_rng', 'PCG64', 'PCG64DXSM', 'MT19937', 'Philox', 'SFC64'].map((n) => `numpy.random.${n}`));

const asInt = (seed: string): string => `int(${seed}.generate_state(1)[0])`;

/** The syntax node spanning exactly [from, to) with this name, if any. */
function nodeAt(model: Model, from: number, to: number, name: string): SyntaxNode | null {
  for (let n: SyntaxNode | null = model.tree.resolveInner(from, 1); n; n = n.parent) {
    if (n.from === from && n.to === to && n.name === name) return n;
    if (n.from < from || n.to > to) break;
  }
  return null;
}

function text(model: Model, n: SyntaxNode): string {
  return model.source.slice(n.from, n.to);
}

/** The `def` of `name` that holds offset `at`. */
function definitionOf(model: Model, name: string, at: number): SyntaxNode | null {
  for (let n: SyntaxNode | null = model.tree.resolveInner(at, 1); n; n = n.parent) {
    if (n.name === 'FunctionDefinition') {
      const id = n.getChild('VariableName');
      if (id && text(model, id) === name) return n;
    }
  }
  return null;
}

/** Tasks whose count `len()` can take: a name, a list or tuple display, or range(...). */
function sized(model: Model, n: SyntaxNode): boolean {
  if (['VariableName', 'ArrayExpression', 'TupleExpression'].includes(n.name)) return true;
  return n.name === 'CallExpression' && n.firstChild?.name === 'VariableName' && text(model, n.firstChild) === 'range' && !model.imports.has('range');
}

const AS_NAME = /\s*as\s+([A-Za-z_]\w*)/y;

/** Whether the worker's dispatcher is a concurrent.futures executor (else a multiprocessing pool), from how its name was bound. */
function isExecutor(model: Model, dispatcher: string): boolean | null {
  for (const c of model.calls) {
    AS_NAME.lastIndex = c.to;
    const bound = c.assignedTo ?? AS_NAME.exec(model.source)?.[1]; // `name = Pool()` or `with Pool() as name`
    if (bound !== dispatcher || !c.qualname) continue;
    if (/^concurrent\.futures\.\w*Executor$/.test(c.qualname)) return true;
    if (/^multiprocessing(\.\w+)*\.Pool$/.test(c.qualname)) return false;
  }
  return null;
}

/** Edits handing each task its child seed (named `child` in the comprehension) too, and the tasks' expression (for `len`). */
function dispatchEdits(model: Model, dispatch: Call, child: string): { edits: TextEdit[]; tasks: string } | null {
  if (dispatch.qualname === 'joblib.delayed') {
    // delayed(work)(args) for targets in tasks: the generator is the argument list of Parallel(...)(...)
    const delayed = nodeAt(model, dispatch.from, dispatch.to, 'CallExpression');
    const task = delayed?.parent;
    const comprehension = task?.parent;
    const args = task?.getChild('ArgList');
    if (!task || !comprehension || !args || task.firstChild?.from !== delayed!.from) return null;
    const parts: SyntaxNode[] = [];
    for (let c = task.nextSibling; c; c = c.nextSibling) parts.push(c);
    const fors = parts.filter((p) => p.name === 'for');
    const inAt = parts.findIndex((p) => p.name === 'in');
    const tasks = parts[inAt + 1];
    if (fors.length !== 1 || parts[0]?.name !== 'for' || inAt < 2 || !tasks || !sized(model, tasks)) return null;
    const targets = parts.slice(1, inAt);
    const [first, last] = [targets[0], targets[targets.length - 1]];
    const close = args.lastChild!;
    const several = targets.length > 1; // `for a, b in` becomes `for (a, b), seed in`
    return {
      tasks: text(model, tasks),
      edits: [
        { from: close.from, to: close.from, insert: `${args.firstChild!.nextSibling === close ? '' : ', '}${child}` },
        ...(several ? [{ from: first.from, to: first.from, insert: '(' }] : []),
        { from: last.to, to: last.to, insert: `${several ? ')' : ''}, ${child}` },
        { from: tasks.from, to: tasks.to, insert: `zip(${text(model, tasks)}, ${SEEDS})` },
      ],
    };
  }
  // pool.map(work, tasks) / executor.map(work, tasks)
  const method = dispatch.callee.slice(dispatch.callee.lastIndexOf('.') + 1);
  const positional = dispatch.args.filter((a) => a.keyword === null);
  if (method !== 'map' || dispatch.args.length !== 2 || positional.length !== 2) return null;
  const call = nodeAt(model, dispatch.from, dispatch.to, 'CallExpression');
  let tasksNode: SyntaxNode | null = null;
  for (let c = call?.getChild('ArgList')?.firstChild ?? null; c; c = c.nextSibling) if (c.from === positional[1].from && c.to === positional[1].to) tasksNode = c;
  if (!call || !tasksNode || !sized(model, tasksNode)) return null;
  const executor = isExecutor(model, dispatch.callee.slice(0, dispatch.callee.lastIndexOf('.')));
  if (executor === null) return null;
  const tasks = text(model, tasksNode);
  if (executor) return { tasks, edits: [{ from: tasksNode.to, to: tasksNode.to, insert: `, ${SEEDS}` }] };
  const property = call.firstChild!.lastChild!;
  return {
    tasks,
    edits: [
      { from: property.from, to: property.to, insert: 'starmap' },
      { from: tasksNode.from, to: tasksNode.to, insert: `zip(${tasks}, ${SEEDS})` },
    ],
  };
}

/**
 * The fix for worker `fn` dispatched by `dispatch`: `seeds` are the worker's constant seeding
 * calls (rewritten to take the child), or empty when the worker draws from the inherited global
 * state (then it seeds that state from the child first). Null where the rewrite is not sure to run.
 */
export function spawnFix(model: Model, fn: string, dispatch: Call, seeds: readonly Call[], seed: string, drawn: readonly Source[]): Fix | null {
  const dispatchedOnce = model.calls.filter((c) => c.args.some((a) => a.text === fn)).length === 1;
  if (!dispatchedOnce || model.calls.some((c) => c.callee === fn)) return null;
  const anchor = seeds[0] ?? model.calls.find((c) => c.inFunction === fn && classify(c)?.kind === 'draw');
  const def = anchor ? definitionOf(model, fn, anchor.from) : null;
  const params = def?.getChild('ParamList');
  const body = def?.getChild('Body');
  if (!def || !params || !body) return null;
  // Plain positional parameters only: after `*`, a default or `**`, an appended one would not take the child.
  for (let c = params.firstChild; c; c = c.nextSibling) if (!['(', ')', ',', 'VariableName', 'TypeDef'].includes(c.name)) return null;
  const names = params.getChildren('VariableName').map((n) => text(model, n));
  const child = names.includes('seed') ? 'child_seed' : 'seed';
  if (names.includes(child)) return null;
  const handOut = dispatchEdits(model, dispatch, child);
  if (!handOut) return null;
  const np = moduleName(model, 'numpy', 'np');
  const edits: TextEdit[] = [...np.edits, ...handOut.edits];
  const close = params.lastChild!;
  edits.push({ from: close.from, to: close.from, insert: `${names.length ? ', ' : ''}${child}` });
  if (seeds.length) {
    for (const call of seeds) {
      const arg = seedArg(call)!;
      edits.push({ from: arg.from, to: arg.to, insert: TAKES_SEED_SEQUENCE.has(call.qualname!) ? child : asInt(child) });
    }
  } else {
    // The first statement of the body seeds each global source the worker draws from.
    const first = body.firstChild?.nextSibling;
    if (!first || model.source.lastIndexOf('\n', first.from) < def.from) return null; // `def f(x): return ...` on one line
    const indent = indentOf(model.source, first.from);
    for (const source of drawn) {
      // TensorFlow's global seed in forked workers is not what the fix's Python test checks: no fix.
      if (source === 'tensorflow') return null;
      const seeding = seedingCall(model, source, asInt(child));
      edits.push(...seeding.edits, { from: first.from, to: first.from, insert: `${seeding.call}\n${indent}` });
    }
  }
  const at = dispatch.statementFrom;
  edits.push({ from: at, to: at, insert: `${SEEDS} = ${np.name}.random.SeedSequence(${seed}).spawn(len(${handOut.tasks}))\n${indentOf(model.source, at)}` });
  const merged = inOrder(dedupe(edits));
  for (let i = 1; i < merged.length; i++) if (merged[i].from < merged[i - 1].to) return null;
  return { title: `Give each task its own seed: one child of SeedSequence(${seed}).spawn(n) per task`, edits: merged };
}

/** The same import added twice (by two sources) is one edit. */
function dedupe(edits: readonly TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.from}:${e.to}:${e.insert}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
