/**
 * Python source -> the facts about randomness the rules need: imports and aliases resolved to
 * qualified names (`np.random.rand` -> `numpy.random.rand`), user names that shadow a library,
 * and every call in source order with its literal arguments and whether it runs in a loop or a
 * function. Built on @lezer/python, which is error-tolerant: a syntax error never stops it.
 */
import { parser } from '@lezer/python';
import type { SyntaxNode, Tree, TreeCursor } from '@lezer/common';

export interface Arg {
  readonly text: string;
  /** Keyword name, or null for a positional argument. */
  readonly keyword: string | null;
  readonly from: number;
  readonly to: number;
  /** True for a literal expression (numbers, strings, None, True/False, unary -/+/~, arithmetic, lists and tuples of those). */
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
  /** Names the enclosing loops rebind (their targets, names and dotted attributes assigned in their bodies): values that can change between iterations. */
  readonly loopNames: readonly string[];
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

const LITERAL_NODES = new Set(['Number', 'String', 'ContinuedString', 'None', 'Boolean']);

/** Whether a node is a literal expression (its value is read with core/pyliteral's pythonLiteral). */
function isLiteral(node: SyntaxNode): boolean {
  if (node.name === 'UnaryExpression') {
    const op = node.firstChild;
    return op !== null && op.name !== 'not' && node.lastChild !== null && node.lastChild !== op && isLiteral(node.lastChild);
  }
  if (node.name === 'ArrayExpression' || node.name === 'TupleExpression' || node.name === 'ParenthesizedExpression' || node.name === 'BinaryExpression') {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (!['[', ']', '(', ')', ',', 'ArithOp', 'BitOp'].includes(c.name) && !isLiteral(c)) return false;
    }
    return true;
  }
  return LITERAL_NODES.has(node.name);
}

const NO_NAMES: readonly string[] = [];

/** The names a for statement binds (`for i, (a, b) in ...` -> i, a, b). */
function forTargets(node: SyntaxNode, src: string): string[] {
  const names: string[] = [];
  for (let c = node.firstChild; c && c.name !== 'in'; c = c.nextSibling) namesIn(c, src, names);
  return names;
}

/** Adds the names an assignment (`a = b = ...`, `a, b = ...`) or augmented assignment (`a += 1`) binds to `out`. */
function assignedNames(node: SyntaxNode, src: string, out: string[]): void {
  const valueFrom = node.lastChild?.from ?? node.to;
  for (let c = node.firstChild; c && c.from < valueFrom; c = c.nextSibling) {
    if (c.name === 'AssignOp' || c.name === 'UpdateOp') continue;
    namesIn(c, src, out);
  }
}

function namesIn(node: SyntaxNode, src: string, out: string[]): void {
  if (node.name === 'VariableName') out.push(src.slice(node.from, node.to));
  else if (node.name === 'MemberExpression') { // `self.batches += 1`: the attribute changes, as a dotted name
    const name = dotted(node, src);
    if (name !== null) out.push(name);
  }
  else if (node.name === 'TupleExpression' || node.name === 'ParenthesizedExpression' || node.name === 'ArrayExpression') {
    for (let c = node.firstChild; c; c = c.nextSibling) namesIn(c, src, out);
  }
}

/** The parameter names of a function definition (`def f(self, random, *args, x: int = np.pi)` -> self, random, args, x). */
function parameterNames(def: SyntaxNode, src: string): string[] {
  const names: string[] = [];
  const params = def.getChild('ParamList');
  for (let c = params?.firstChild ?? null; c; c = c.nextSibling) {
    // A name right after `=` is a default value, evaluated outside the function.
    if (c.name === 'VariableName' && c.prevSibling?.name !== 'AssignOp') names.push(src.slice(c.from, c.to));
  }
  return names;
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

/** The arguments of a call, with offsets relative to `base`. */
function parseArgs(argList: SyntaxNode | null, src: string, base: number): Arg[] {
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
    args.push({ text: src.slice(c.from, c.to), keyword, from: c.from - base, to: c.to - base, literal: isLiteral(c) });
    keyword = null;
  }
  return args;
}

/** The names an import statement binds: [local name, qualified name] in order. */
function importBindings(node: SyntaxNode, src: string): Array<[string, string]> {
  const text = (n: SyntaxNode): string => src.slice(n.from, n.to);
  const out: Array<[string, string]> = [];
  const kids: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
  if (kids[0]?.name === 'from') {
    const importAt = kids.findIndex((k) => k.name === 'import');
    const module = kids.slice(1, importAt).map(text).join('');
    for (let i = importAt + 1; i < kids.length; i++) {
      if (kids[i].name !== 'VariableName') continue;
      const name = text(kids[i]);
      if (kids[i + 1]?.name === 'as') {
        out.push([text(kids[i + 2]), `${module}.${name}`]);
        i += 2;
      } else {
        out.push([name, `${module}.${name}`]);
      }
    }
    return out;
  }
  // import a.b.c [as x], d
  let parts: string[] = [];
  for (let i = 1; i < kids.length; i++) {
    const k = kids[i];
    if (k.name === 'VariableName') parts.push(text(k));
    else if (k.name === 'as') {
      out.push([text(kids[i + 1]), parts.join('.')]);
      parts = [];
      i++;
    } else if (k.name === ',') {
      if (parts.length) out.push([parts[0], parts[0]]);
      parts = [];
    }
  }
  if (parts.length) out.push([parts[0], parts[0]]);
  return out;
}

/**
 * What one top-level statement contributes, in walk order, before names are resolved: resolving
 * needs the imports of everything above, so it happens in a cheap replay over all statements.
 * Offsets are relative to the statement's start, so the facts of an unchanged statement can be
 * reused wherever an edit has moved it.
 */
type Event =
  | { readonly kind: 'import'; readonly bindings: ReadonlyArray<[string, string]>; readonly topLevel: boolean; readonly to: number }
  | { readonly kind: 'assign'; readonly target: string | null; readonly from: number; readonly to: number;
      readonly innerCallees: readonly string[]; readonly rhsIsCall: boolean; readonly rhsCallee: string | null }
  /** `shadowed`: the callee's first name is a parameter of an enclosing function, not the import of that name. */
  | { readonly kind: 'call'; readonly call: { -readonly [K in keyof Call]: Call[K] }; readonly shadowed: boolean };

/**
 * Facts per top-level statement, keyed by the statement's text, kept from one analysis of a
 * document to the next: after a one-line edit only the edited statement is walked again.
 * Entries not used by the latest analysis are dropped, so the cache stays the size of the file.
 */
export class ModelCache {
  private previous = new Map<string, readonly Event[]>();
  private current = new Map<string, readonly Event[]>();
  /** Statements the latest analysis walked, and those whose facts it reused. */
  walked = 0;
  reused = 0;

  /** The facts of a top-level statement with this text: remembered, or made by `walk`. */
  factsOf(text: string, walk: () => readonly Event[]): readonly Event[] {
    let events = this.current.get(text) ?? this.previous.get(text);
    if (events) this.reused++;
    else { events = walk(); this.walked++; }
    this.current.set(text, events);
    return events;
  }

  /** Ends one analysis: what it did not use is forgotten. */
  commit(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Starts one analysis. */
  begin(): void {
    this.walked = this.reused = 0;
  }
}

/** A value that holds from the depth it was pushed at until the walk leaves that depth. */
class ContextStack<V> {
  private readonly depths: number[] = [-1];
  private readonly values: V[];

  constructor(outermost: V) {
    this.values = [outermost];
  }

  get top(): V {
    return this.values[this.values.length - 1];
  }

  push(depth: number, value: V): void {
    this.depths.push(depth);
    this.values.push(value);
  }

  /** Leaving `depth`: drop what was pushed there. */
  leave(depth: number): void {
    if (this.depths[this.depths.length - 1] === depth) {
      this.depths.pop();
      this.values.pop();
    }
  }
}

/**
 * Walks top-level statements into their events. One walker serves a whole model so its context
 * stacks are allocated once; SyntaxNodes are made only for the nodes the rules read.
 */
class StatementWalker {
  private base = 0;
  private events: Event[] = [];
  // The context (does the code repeat, the enclosing function, the enclosing statement) changes
  // only at a few node types, so it lives in stacks pushed there and popped when leaving them.
  // A statementFrom of -1 means "none found", which resolves to offset 0.
  private depth = 0;
  // The names rebound by the enclosing loops, or null outside loops.
  private readonly loops = new ContextStack<string[] | null>(null);
  private loopTargets: string[] = [];
  private readonly functions = new ContextStack<string | null>(null);
  // The parameters of the enclosing functions, which hide imports of the same name in their bodies
  // (a pytest fixture named `random`); pushed at the function's Body, as defaults run outside it.
  private readonly parameters = new ContextStack<readonly string[]>(NO_NAMES);
  private pendingParameters: readonly string[] = NO_NAMES;
  private readonly functionOwners: number[] = [-1]; // depths of the function definitions being walked
  private readonly statements: ContextStack<number>;
  private readonly loopOwners: number[] = [-1]; // depths of the for/while statements being walked

  /**
   * `relative`: offsets from each statement's start, for facts a cache reuses wherever the
   * statement moves; otherwise absolute offsets, so the facts serve the model as they are.
   */
  constructor(private readonly source: string, private readonly relative: boolean) {
    this.statements = new ContextStack(relative ? -1 : 0);
  }

  /** The events of the statement at `cur`, depth first; `cur` is back on that statement after. */
  walk(cur: TreeCursor): Event[] {
    this.base = this.relative ? cur.from : 0;
    this.events = [];
    let level = 0;
    for (;;) {
      if (this.enter(cur) && cur.firstChild()) { level++; continue; }
      if (cur.type.id !== T.ImportStatement) this.leave();
      for (;;) {
        if (level === 0) return this.events;
        if (cur.nextSibling()) break;
        cur.parent();
        level--;
        this.leave();
      }
    }
  }

  private enter(cur: TreeCursor): boolean {
    const id = cur.type.id;
    if (id === T.ImportStatement) {
      this.events.push({ kind: 'import', bindings: importBindings(cur.node, this.source), topLevel: this.depth === 0, to: cur.to - this.base });
      return false;
    }
    const depth = ++this.depth;
    if (STATEMENTS[id]) this.statements.push(depth, cur.from - this.base);
    if (id === T.ForStatement || id === T.WhileStatement) {
      this.loopOwners.push(depth);
      this.loopTargets = id === T.ForStatement ? forTargets(cur.node, this.source) : [];
    // The iterable of a for loop runs once; only the body repeats.
    } else if (id === T.Body && this.loopOwners[this.loopOwners.length - 1] === depth - 1) {
      this.loops.push(depth, [...(this.loops.top ?? []), ...this.loopTargets]);
    }
    if (id === T.FunctionDefinition) {
      const def = cur.node;
      const n = def.getChild('VariableName');
      this.functions.push(depth, n ? this.source.slice(n.from, n.to) : '<function>');
      this.functionOwners.push(depth);
      this.pendingParameters = parameterNames(def, this.source);
    } else if (id === T.Body && this.functionOwners[this.functionOwners.length - 1] === depth - 1 && this.pendingParameters.length) {
      this.parameters.push(depth, [...this.parameters.top, ...this.pendingParameters]);
    }
    if (id === T.AssignStatement || id === T.UpdateStatement) {
      const node = cur.node;
      if (this.loops.top) assignedNames(node, this.source, this.loops.top);
      if (id === T.AssignStatement) this.recordAssignment(node);
    } else if (id === T.CallExpression) this.recordCall(cur.node, this.loops.top, this.functions.top, this.statements.top);
    return true;
  }

  private leave(): void {
    const depth = this.depth;
    this.statements.leave(depth);
    this.loops.leave(depth);
    this.functions.leave(depth);
    this.parameters.leave(depth);
    if (this.loopOwners[this.loopOwners.length - 1] === depth) this.loopOwners.pop();
    if (this.functionOwners[this.functionOwners.length - 1] === depth) this.functionOwners.pop();
    this.depth--;
  }

  private recordAssignment(node: SyntaxNode): void {
    const { source, base } = this;
    const target = node.firstChild;
    const rhs = node.lastChild;
    const innerCallees: string[] = [];
    if (target?.name === 'VariableName' && rhs) {
      for (let c = rhs.cursor(); ; ) {
        if (c.type.id === T.CallExpression) {
          const calleeNode = c.node.firstChild;
          const q = calleeNode ? dotted(calleeNode, source) : null;
          if (q) innerCallees.push(q);
        }
        if (!c.next() || c.from >= rhs.to) break;
      }
    }
    this.events.push({
      kind: 'assign',
      target: target?.name === 'VariableName' ? source.slice(target.from, target.to) : null,
      from: node.from - base, to: node.to - base, innerCallees,
      rhsIsCall: rhs?.name === 'CallExpression',
      rhsCallee: rhs?.firstChild ? dotted(rhs.firstChild, source) : null,
    });
  }

  private recordCall(node: SyntaxNode, loopNames: string[] | null, inFunction: string | null, statementFrom: number): void {
    const { source, base } = this;
    const calleeNode = node.firstChild!;
    const callee = dotted(calleeNode, source);
    if (callee === null) return;
    const parent = node.parent;
    const assignedTo = parent?.name === 'AssignStatement' && parent.firstChild?.name === 'VariableName' && parent.lastChild?.from === node.from && parent.lastChild?.to === node.to
      ? source.slice(parent.firstChild.from, parent.firstChild.to) : null;
    const args = parseArgs(node.getChild('ArgList'), source, base);
    const dot = callee.indexOf('.');
    const parameters = this.parameters.top;
    this.events.push({
      kind: 'call',
      shadowed: parameters.length > 0 && parameters.includes(dot < 0 ? callee : callee.slice(0, dot)),
      call: {
        qualname: null, callee, from: node.from - base, to: node.to - base, calleeFrom: calleeNode.from - base, calleeTo: calleeNode.to - base,
        args, inLoop: loopNames !== null, loopNames: loopNames ?? NO_NAMES, inFunction, assignedTo, statementFrom,
      },
    });
  }
}

/**
 * The model of a source: each top-level statement walked once (or taken from `cache` when its
 * text is unchanged), then one pass in source order that resolves names against the imports
 * seen so far and places the facts at their offsets.
 */
export function buildModel(source: string, tree: Tree = parser.parse(source), cache?: ModelCache): Model {
  const imports = new Map<string, string>();
  const calls: Call[] = [];
  const assignments: Assignment[] = [];
  let afterImports = 0;
  const resolve = (callee: string): string | null => {
    const dot = callee.indexOf('.');
    const q = imports.get(dot < 0 ? callee : callee.slice(0, dot));
    return q === undefined ? null : dot < 0 ? q : q + callee.slice(dot);
  };
  cache?.begin();
  const walker = new StatementWalker(source, cache !== undefined);
  const top = tree.cursor();
  for (let more = top.firstChild(); more; more = top.nextSibling()) {
    const events = cache ? cache.factsOf(source.slice(top.from, top.to), () => walker.walk(top)) : walker.walk(top);
    const at = cache ? top.from : 0;
    for (const e of events) {
      if (e.kind === 'import') {
        for (const [local, qual] of e.bindings) imports.set(local, qual);
        if (e.topLevel) afterImports = at + e.to;
      } else if (e.kind === 'assign') {
        if (e.target !== null) {
          const inner: string[] = [];
          for (const q of e.innerCallees) {
            const r = resolve(q);
            if (r) inner.push(r);
          }
          assignments.push({ name: e.target, from: at + e.from, to: at + e.to, calls: inner });
          // A user assignment to an imported name shadows the library from here on, unless it
          // rebinds it to a library call's result.
          if (imports.has(e.target) && (!e.rhsIsCall || e.rhsCallee === null || resolve(e.rhsCallee) === null)) imports.delete(e.target);
        }
      } else {
        const c = e.call;
        if (!cache) { // fresh facts at absolute offsets, used by nothing else: complete them in place
          c.qualname = e.shadowed ? null : resolve(c.callee);
          calls.push(c);
          continue;
        }
        const args: Arg[] = [];
        for (const a of c.args) args.push({ text: a.text, keyword: a.keyword, from: at + a.from, to: at + a.to, literal: a.literal });
        calls.push({
          qualname: e.shadowed ? null : resolve(c.callee), callee: c.callee, from: at + c.from, to: at + c.to, calleeFrom: at + c.calleeFrom, calleeTo: at + c.calleeTo,
          args, inLoop: c.inLoop, loopNames: c.loopNames, inFunction: c.inFunction, assignedTo: c.assignedTo, statementFrom: c.statementFrom < 0 ? 0 : at + c.statementFrom,
        });
      }
    }
  }
  cache?.commit();
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

/** The execution order holds at most this many entries per call in the file, plus the base. */
export const ORDER_BUDGET_PER_CALL = 16;
export const ORDER_BUDGET_BASE = 10000;

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
  // Inlining at every call site grows as fan-out^depth (nine functions each calling the next ten
  // times would be 10^9 calls): past a budget linear in the file, calls are no longer inlined.
  const budget = ORDER_BUDGET_PER_CALL * model.calls.length + ORDER_BUDGET_BASE;
  const walk = (calls: readonly Call[], stack: readonly string[]): void => {
    for (const c of calls) {
      out.push(c);
      const local = c.qualname === null && bodies.has(c.callee) && !stack.includes(c.callee) && stack.length < 8 && out.length < budget;
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
