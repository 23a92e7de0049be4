/**
 * Python source -> the facts about randomness the rules need: imports and aliases resolved to
 * qualified names (`np.random.rand` -> `numpy.random.rand`), user names that shadow a library,
 * and every call in source order with its literal arguments and whether it runs in a loop or a
 * function. Built on @lezer/python, which is error-tolerant: a syntax error never stops it.
 */
import { parser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';

export interface Arg {
  readonly text: string;
  /** Keyword name, or null for a positional argument. */
  readonly keyword: string | null;
  readonly from: number;
  readonly to: number;
  /** True for a literal the rules can evaluate (numbers, strings, None, True/False, lists of those). */
  readonly literal: boolean;
}

export interface Call {
  /** Resolved qualified name, e.g. `numpy.random.rand`, or null when it is not a library name. */
  readonly qualname: string | null;
  /** The callee as written, e.g. `np.random.rand`. */
  readonly callee: string;
  readonly from: number;
  readonly to: number;
  readonly calleeFrom: number;
  readonly calleeTo: number;
  readonly args: readonly Arg[];
  /** Inside a for/while body (the call repeats). */
  readonly inLoop: boolean;
  /** Name of the enclosing function, or null at module level. */
  readonly inFunction: string | null;
  /** Target name when the call's value is assigned (`rng = default_rng(1)`). */
  readonly assignedTo: string | null;
  /** Start of the statement holding the call (where a seeding line can be inserted). */
  readonly statementFrom: number;
}

export interface Assignment {
  /** Target name. */
  readonly name: string;
  readonly from: number;
  readonly to: number;
  /** Qualified names of the library calls in the assigned expression (e.g. `time.time`). */
  readonly calls: readonly string[];
}

export interface Model {
  readonly source: string;
  /** Simple `name = expression` assignments, in source order. */
  readonly assignments: readonly Assignment[];
  readonly tree: Tree;
  readonly calls: readonly Call[];
  /** Local name -> qualified name for every import. */
  readonly imports: ReadonlyMap<string, string>;
  /** Offset just after the last top-level import (where new imports/seeding go). */
  readonly afterImports: number;
}

/** Node type ids of the grammar, by name (comparing ids is cheaper than names in the hot loop). */
const T = Object.fromEntries(parser.nodeSet.types.map((t) => [t.name, t.id])) as Record<string, number>;
/** STATEMENTS[id]: whether nodes of that type are statements (where a seeding line can go before). */
const STATEMENTS = parser.nodeSet.types.map((t) => t.name.endsWith('Statement') || t.name === 'FunctionDefinition' || t.name === 'ClassDefinition');

const LITERAL_NODES = new Set(['Number', 'String', 'None', 'Boolean', 'ArrayExpression', 'TupleExpression', 'UnaryExpression']);

function isLiteral(node: SyntaxNode): boolean {
  if (node.name === 'UnaryExpression') return node.lastChild?.name === 'Number';
  if (node.name === 'ArrayExpression' || node.name === 'TupleExpression') {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (!['[', ']', '(', ')', ','].includes(c.name) && !isLiteral(c)) return false;
    }
    return true;
  }
  return LITERAL_NODES.has(node.name);
}

/** Dotted text of a Name / MemberExpression chain, or null for anything else. */
function dotted(node: SyntaxNode, src: string): string | null {
  if (node.name === 'VariableName') return src.slice(node.from, node.to);
  if (node.name === 'MemberExpression') {
    const obj = node.firstChild;
    const prop = node.lastChild;
    if (!obj || !prop || prop.name !== 'PropertyName') return null;
    const base = dotted(obj, src);
    return base === null ? null : `${base}.${src.slice(prop.from, prop.to)}`;
  }
  return null;
}

function parseArgs(argList: SyntaxNode | null, src: string): Arg[] {
  const args: Arg[] = [];
  if (!argList) return args;
  let keyword: string | null = null;
  for (let c = argList.firstChild; c; c = c.nextSibling) {
    if (['(', ')', ','].includes(c.name)) continue;
    if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp') {
      keyword = src.slice(c.from, c.to);
      c = c.nextSibling;
      continue;
    }
    if (c.name === '*' || c.name === '**') continue;
    args.push({ text: src.slice(c.from, c.to), keyword, from: c.from, to: c.to, literal: isLiteral(c) });
    keyword = null;
  }
  return args;
}

function recordImport(node: SyntaxNode, src: string, imports: Map<string, string>): void {
  const text = (n: SyntaxNode): string => src.slice(n.from, n.to);
  const kids: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
  if (kids[0]?.name === 'from') {
    const importAt = kids.findIndex((k) => k.name === 'import');
    const module = kids.slice(1, importAt).map(text).join('');
    for (let i = importAt + 1; i < kids.length; i++) {
      if (kids[i].name !== 'VariableName') continue;
      const name = text(kids[i]);
      if (kids[i + 1]?.name === 'as') {
        imports.set(text(kids[i + 2]), `${module}.${name}`);
        i += 2;
      } else {
        imports.set(name, `${module}.${name}`);
      }
    }
    return;
  }
  // import a.b.c [as x], d
  let parts: string[] = [];
  for (let i = 1; i < kids.length; i++) {
    const k = kids[i];
    if (k.name === 'VariableName') parts.push(text(k));
    else if (k.name === 'as') {
      imports.set(text(kids[i + 1]), parts.join('.'));
      parts = [];
      i++;
    } else if (k.name === ',') {
      if (parts.length) imports.set(parts[0], parts[0]);
      parts = [];
    }
  }
  if (parts.length) imports.set(parts[0], parts[0]);
}

export function buildModel(source: string, tree: Tree = parser.parse(source)): Model {
  const imports = new Map<string, string>();
  const calls: Call[] = [];
  const assignments: Assignment[] = [];
  let afterImports = 0;
  const resolve = (callee: string): string | null => {
    const dot = callee.indexOf('.');
    const q = imports.get(dot < 0 ? callee : callee.slice(0, dot));
    return q === undefined ? null : dot < 0 ? q : q + callee.slice(dot);
  };

  // One pass with lezer's allocation-free iterate(); SyntaxNode objects are made only for the
  // nodes the rules read (imports, assignments, calls, function names). The context (does the
  // code repeat, the enclosing function, the enclosing statement) changes only at a few node
  // types, so it lives in stacks of [depth, value] pushed there and popped when leaving them.
  let depth = 0;
  const loops: Array<[number, boolean]> = [[-1, false]];
  const functions: Array<[number, string | null]> = [[-1, null]];
  const statements: Array<[number, number]> = [[-1, 0]];
  const loopOwners: number[] = []; // depths of the for/while statements being walked
  tree.iterate({
    enter: (ref) => {
      const id = ref.type.id;
      if (id === T.ImportStatement) {
        recordImport(ref.node, source, imports);
        if (depth === 1) afterImports = ref.to;
        return false;
      }
      depth++;
      if (STATEMENTS[id]) statements.push([depth, ref.from]);
      if (id === T.ForStatement || id === T.WhileStatement) loopOwners.push(depth);
      // The iterable of a for loop runs once; only the body repeats.
      else if (id === T.Body && loopOwners[loopOwners.length - 1] === depth - 1) loops.push([depth, true]);
      if (id === T.FunctionDefinition) {
        const n = ref.node.getChild('VariableName');
        functions.push([depth, n ? source.slice(n.from, n.to) : '<function>']);
      }
      if (id === T.AssignStatement) recordAssignment(ref.node);
      else if (id === T.CallExpression) recordCall(ref.node, loops[loops.length - 1][1], functions[functions.length - 1][1], statements[statements.length - 1][1]);
      return undefined;
    },
    leave: () => {
      if (statements[statements.length - 1][0] === depth) statements.pop();
      if (loops[loops.length - 1][0] === depth) loops.pop();
      if (functions[functions.length - 1][0] === depth) functions.pop();
      if (loopOwners[loopOwners.length - 1] === depth) loopOwners.pop();
      depth--;
    },
  });

  function recordAssignment(node: SyntaxNode): void {
    const target = node.firstChild;
    if (target?.name === 'VariableName' && node.lastChild) {
      const rhs = node.lastChild;
      const inner: string[] = [];
      for (let c = rhs.cursor(); ; ) {
        if (c.name === 'CallExpression') {
          const calleeNode = c.node.firstChild;
          const q = calleeNode ? dotted(calleeNode, source) : null;
          const r = q ? resolve(q) : null;
          if (r) inner.push(r);
        }
        if (!c.next() || c.from >= rhs.to) break;
      }
      assignments.push({ name: source.slice(target.from, target.to), from: node.from, to: node.to, calls: inner });
    }
    // A user assignment to an imported name shadows the library from here on.
    if (target?.name === 'VariableName') {
      const t = source.slice(target.from, target.to);
      if (imports.has(t) && node.lastChild?.name !== 'CallExpression') imports.delete(t);
      else if (imports.has(t)) {
        const rhsCallee = node.lastChild?.firstChild ? dotted(node.lastChild.firstChild, source) : null;
        if (rhsCallee === null || resolve(rhsCallee) === null) imports.delete(t);
      }
    }
  }

  function recordCall(node: SyntaxNode, inLoop: boolean, inFunction: string | null, statementFrom: number): void {
    const calleeNode = node.firstChild!;
    const callee = dotted(calleeNode, source);
    if (callee === null) return;
    const parent = node.parent;
    const assignedTo = parent?.name === 'AssignStatement' && parent.firstChild?.name === 'VariableName' && parent.lastChild?.from === node.from && parent.lastChild?.to === node.to
      ? source.slice(parent.firstChild.from, parent.firstChild.to) : null;
    calls.push({
      qualname: resolve(callee), callee, from: node.from, to: node.to, calleeFrom: calleeNode.from, calleeTo: calleeNode.to,
      args: parseArgs(node.getChild('ArgList'), source), inLoop, inFunction, assignedTo, statementFrom,
    });
  }
  return { source, tree, calls, assignments, imports, afterImports };
}

/**
 * The calls in the order the program runs them: module level top to bottom, with each call of a
 * function defined in this file replaced by that function's calls (recursively, without cycles);
 * functions never called from module level follow at the end, so they are still analysed.
 */
export function executionOrder(model: Model): Call[] {
  // Several rules walk the same order: compute it once per model.
  let order = ORDERS.get(model);
  if (!order) ORDERS.set(model, (order = computeExecutionOrder(model)));
  return order;
}

const ORDERS = new WeakMap<Model, Call[]>();

function computeExecutionOrder(model: Model): Call[] {
  const bodies = new Map<string, Call[]>();
  for (const c of model.calls) {
    if (c.inFunction === null) continue;
    const list = bodies.get(c.inFunction) ?? [];
    list.push(c);
    bodies.set(c.inFunction, list);
  }
  const out: Call[] = [];
  const expanded = new Set<string>();
  const walk = (calls: readonly Call[], stack: readonly string[]): void => {
    for (const c of calls) {
      out.push(c);
      const local = c.qualname === null && bodies.has(c.callee) && !stack.includes(c.callee) && stack.length < 8;
      if (local) {
        expanded.add(c.callee);
        walk(bodies.get(c.callee)!, [...stack, c.callee]);
      }
    }
  };
  walk(model.calls.filter((c) => c.inFunction === null), []);
  for (const [name, calls] of bodies) if (!expanded.has(name)) walk(calls, [name]);
  return out;
}
