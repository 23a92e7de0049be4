/**
 * A tree-walking interpreter for the Python that seed snippets use, over @lezer/python's syntax
 * tree. Statements and expressions follow CPython's semantics for the subset; anything else stops
 * with a clear "not supported" error naming the construct.
 */
import { parser } from '@lezer/python';
import { SyntaxNode } from '@lezer/common';
import { binaryOp, compareOp, unaryOp } from './operators';
import { Builtins } from './builtins';
import { formatValue } from './format';
import { moduleLoader } from './modules';
import { callValue, getAttr, notSupported } from './call';
import { deleteItem, getItem, iterate, setItem } from './sequences';
import { MODULE_DUNDERS, suggestName } from './suggestions';
import { inPlaceArrayUpdate } from './operators';
import { written } from './views';
import { lineIndex } from '../../analysis/lines';
import { lineAt, pythonSyntaxError } from './syntax';
import {
  isNDArray, PyDict, PyEllipsis, PyExceptionValue, PyFunction, PyList, PyObject, PyRaise, PySet, PySlice, PyTuple, repr, str, truthy, Value,
} from './values';

/** Thrown to stop a run that is over its budget (time or cancellation). */
export class RunAborted extends Error {}

class BreakSignal { }
class ContinueSignal { }
class ReturnSignal { constructor(readonly value: Value) {} }

type Scope = Map<string, Value>;

export interface InterpreterHost {
  write(text: string): void;
  /** The notebook cell being run starts here (see CELL_MARKER): drop what was printed so far. */
  startCell?(): void;
  /** Called often; throws RunAborted to stop. */
  check(): void;
}

export class Interpreter {
  private readonly globals: Scope = new Map();
  private readonly builtins: Map<string, Value>;
  /** Start of the statement running now; its line is looked up only when asked for. */
  private statementAt = -1;
  private readonly lineOf: (at: number) => { line: number };
  private readonly importModule = moduleLoader();

  constructor(private readonly src: string, private readonly host: InterpreterHost) {
    this.lineOf = lineIndex(src);
    this.builtins = new Builtins(host, this).table;
    this.globals.set('__name__', '__main__');
  }

  /** Runs the module; a Python exception escapes as PyRaise with the line it happened on. */
  run(): void {
    const tree = parser.parse(this.src);
    const syntax = pythonSyntaxError(this.src, firstError(tree.topNode, this.src)?.from ?? null);
    if (syntax) throw new PyRaise(syntax.type, syntax.message, syntax.line);
    const misplaced = compileError(tree.topNode, this.src);
    if (misplaced) throw new PyRaise('SyntaxError', misplaced.message, lineAt(this.src, misplaced.at));
    try {
      this.execBlock(tree.topNode, [this.globals]);
    } catch (e) {
      if (e instanceof PyRaise && e.line === 0) e.line = this.currentLine();
      throw e;
    }
  }

  currentLine(): number { return this.statementAt < 0 ? 0 : this.lineOf(this.statementAt).line; }

  private text(n: SyntaxNode): string { return this.src.slice(n.from, n.to); }

  // ---- statements ----

  private execBlock(node: SyntaxNode, scopes: Scope[]): void {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === ':' || c.name === 'Comment') continue;
      this.exec(c, scopes);
    }
  }

  private exec(n: SyntaxNode, scopes: Scope[]): void {
    this.host.check();
    this.statementAt = n.from;
    switch (n.name) {
      case 'ExpressionStatement': this.eval(n.firstChild!, scopes); return;
      case 'AssignStatement': return this.assign(n, scopes);
      case 'UpdateStatement': return this.update(n, scopes);
      case 'ImportStatement': return this.importStmt(n, scopes);
      case 'IfStatement': return this.ifStmt(n, scopes);
      case 'ForStatement': return this.forStmt(n, scopes);
      case 'WhileStatement': return this.whileStmt(n, scopes);
      case 'FunctionDefinition': return this.defStmt(n, scopes);
      case 'ReturnStatement': {
        const e = n.firstChild!.nextSibling;
        throw new ReturnSignal(e ? this.evalTupleOrOne(e, n, scopes) : null);
      }
      case 'PassStatement': return;
      case 'DeleteStatement': return this.deleteStmt(n, scopes);
      case 'BreakStatement': throw new BreakSignal();
      case 'ContinueStatement': throw new ContinueSignal();
      case 'TryStatement': return this.tryStmt(n, scopes);
      case 'RaiseStatement': return this.raiseStmt(n, scopes);
      case 'AssertStatement': {
        const cond = n.firstChild!.nextSibling!;
        if (!truthy(this.eval(cond, scopes))) {
          const msg = cond.nextSibling?.nextSibling;
          throw new PyRaise('AssertionError', msg ? str(this.eval(msg, scopes)) : '');
        }
        return;
      }
      case 'Body': return this.execBlock(n, scopes);
      case 'StatementGroup': return this.execBlock(n, scopes);
      default: throw notSupported(n.name.replace(/Statement$/, '').toLowerCase() + ' statements');
    }
  }

  /** Values separated by commas after a keyword (return a, b). */
  private evalTupleOrOne(first: SyntaxNode, parent: SyntaxNode, scopes: Scope[]): Value {
    const items: SyntaxNode[] = [];
    for (let c: SyntaxNode | null = first; c; c = c.nextSibling) if (c.name !== ',') items.push(c);
    const hasComma = parent.getChildren(',').length > 0;
    if (!hasComma) return this.eval(items[0], scopes);
    return new PyTuple(items.map((c) => this.eval(c, scopes)));
  }

  private assign(n: SyntaxNode, scopes: Scope[]): void {
    // targets = ... = value; each segment may be a comma-separated tuple
    const segments: SyntaxNode[][] = [[]];
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name === 'AssignOp') segments.push([]);
      else if (c.name === 'TypeDef') continue;
      else segments[segments.length - 1].push(c);
    }
    const valueNodes = segments.pop()!;
    const value = this.evalCommaList(valueNodes, scopes);
    for (const targets of segments) this.bind(targets, value, scopes);
  }

  private evalCommaList(nodes: SyntaxNode[], scopes: Scope[]): Value {
    const items = nodes.filter((c) => c.name !== ',');
    if (items.length === 1 && nodes.length === 1) return this.eval(items[0], scopes);
    return new PyTuple(items.map((c) => this.eval(c, scopes)));
  }

  private bind(targets: SyntaxNode[], value: Value, scopes: Scope[]): void {
    const items = targets.filter((c) => c.name !== ',');
    if (items.length === 1 && targets.length === 1) return this.bindOne(items[0], value, scopes);
    const values = [...iterate(value)];
    if (values.length !== items.length) {
      throw new PyRaise('ValueError', values.length > items.length ? `too many values to unpack (expected ${items.length})` : `not enough values to unpack (expected ${items.length}, got ${values.length})`);
    }
    items.forEach((t, i) => this.bindOne(t, values[i], scopes));
  }

  private bindOne(t: SyntaxNode, value: Value, scopes: Scope[]): void {
    if (t.name === 'VariableName') { scopes[scopes.length - 1].set(this.text(t), value); return; }
    if (t.name === 'TupleExpression' || t.name === 'ParenthesizedExpression' || t.name === 'ArrayExpression') {
      const inner: SyntaxNode[] = [];
      for (let c = t.firstChild; c; c = c.nextSibling) if (!['(', ')', '[', ']'].includes(c.name)) inner.push(c);
      return this.bind(inner.length === 1 ? [...inner, t.firstChild!] : inner, value, scopes);
    }
    if (t.name === 'MemberExpression') {
      const obj = this.eval(t.firstChild!, scopes);
      const open = t.firstChild!.nextSibling!;
      if (open.name === '[') { setItem(obj, this.subscript(t, scopes), value); return; }
      if (obj instanceof PyObject && obj.setAttr?.(this.text(t.lastChild!), value)) return;
      throw notSupported('assigning to attributes');
    }
    throw notSupported(`assigning to ${t.name}`);
  }

  /** del name, del obj[key], and comma-separated lists of them. */
  private deleteStmt(n: SyntaxNode, scopes: Scope[]): void {
    for (let t = n.firstChild!.nextSibling; t; t = t.nextSibling) {
      if (t.name === ',') continue;
      if (t.name === 'VariableName') {
        const name = this.text(t);
        const scope = scopes[scopes.length - 1];
        if (!scope.has(name)) throw new PyRaise('NameError', `name '${name}' is not defined`);
        scope.delete(name);
      } else if (t.name === 'MemberExpression' && t.firstChild!.nextSibling!.name === '[') {
        deleteItem(this.eval(t.firstChild!, scopes), this.subscript(t, scopes));
      } else {
        throw notSupported(`del of ${this.text(t)}`);
      }
    }
  }

  /**
   * x op= y. Arrays and lists change in place, as in Python, so every name bound to the same
   * object sees the change; other values are rebound.
   */
  private update(n: SyntaxNode, scopes: Scope[]): void {
    const target = n.firstChild!;
    const op = this.text(n.getChild('UpdateOp')!).slice(0, -1);
    const current = this.eval(target, scopes);
    const rhs = this.eval(n.lastChild!, scopes);
    if (isNDArray(current)) {
      inPlaceArrayUpdate(op, current, rhs);
      written(current);
      if (target.name !== 'VariableName') this.bindOne(target, current, scopes);
      return;
    }
    if (current instanceof PyList && (op === '+' || op === '*')) {
      current.items = op === '+' ? [...current.items, ...iterate(rhs)] : (binaryOp('*', current, rhs) as PyList).items;
      return;
    }
    this.bindOne(target, binaryOp(op, current, rhs), scopes);
  }

  private importStmt(n: SyntaxNode, scopes: Scope[]): void {
    const scope = scopes[scopes.length - 1];
    const kids: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    if (kids[0].name === 'from') {
      const importAt = kids.findIndex((k) => k.name === 'import');
      const moduleName = kids.slice(1, importAt).map((k) => this.text(k)).join('');
      const mod = this.importModule(moduleName);
      for (let i = importAt + 1; i < kids.length; i++) {
        if (kids[i].name !== 'VariableName') continue;
        const name = this.text(kids[i]);
        const alias = kids[i + 1]?.name === 'as' ? this.text(kids[i + 2]) : name;
        if (kids[i + 1]?.name === 'as') i += 2;
        const v = mod.attrs.get(name);
        if (v === undefined) throw new PyRaise('ImportError', `cannot import name '${name}' from '${moduleName}'`);
        scope.set(alias, v);
      }
      return;
    }
    // import a.b [as c], d
    let i = 1;
    while (i < kids.length) {
      const parts: string[] = [];
      while (i < kids.length && kids[i].name !== ',' && kids[i].name !== 'as') { if (kids[i].name === 'VariableName') parts.push(this.text(kids[i])); i++; }
      const full = parts.join('.');
      const mod = this.importModule(full);
      if (kids[i]?.name === 'as') { scope.set(this.text(kids[i + 1]), mod); i += 2; } else {
        scope.set(parts[0], this.importModule(parts[0]));
      }
      i++;
    }
  }

  private ifStmt(n: SyntaxNode, scopes: Scope[]): void {
    let c = n.firstChild;
    while (c) {
      if (c.name === 'if' || c.name === 'elif') {
        const cond = c.nextSibling!;
        const body = cond.nextSibling!;
        if (truthy(this.eval(cond, scopes))) { this.execBlock(body, scopes); return; }
        c = body.nextSibling;
      } else if (c.name === 'else') {
        this.execBlock(c.nextSibling!, scopes);
        return;
      } else {
        c = c.nextSibling;
      }
    }
  }

  private forStmt(n: SyntaxNode, scopes: Scope[]): void {
    const kids: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    const inAt = kids.findIndex((k) => k.name === 'in');
    const targets = kids.slice(1, inAt);
    const bodyAt = kids.findIndex((k) => k.name === 'Body');
    const iterable = this.evalCommaList(kids.slice(inAt + 1, bodyAt), scopes);
    const elseBody = kids[bodyAt + 1]?.name === 'else' ? kids[bodyAt + 2] : null;
    for (const item of iterate(iterable)) {
      this.host.check();
      this.bind(targets, item, scopes);
      try {
        this.execBlock(kids[bodyAt], scopes);
      } catch (e) {
        if (e instanceof BreakSignal) return;
        if (e instanceof ContinueSignal) continue;
        throw e;
      }
    }
    if (elseBody) this.execBlock(elseBody, scopes);
  }

  private whileStmt(n: SyntaxNode, scopes: Scope[]): void {
    const cond = n.firstChild!.nextSibling!;
    const body = cond.nextSibling!;
    const elseBody = body.nextSibling?.name === 'else' ? body.nextSibling.nextSibling : null;
    while (truthy(this.eval(cond, scopes))) {
      this.host.check();
      try {
        this.execBlock(body, scopes);
      } catch (e) {
        if (e instanceof BreakSignal) return;
        if (e instanceof ContinueSignal) continue;
        throw e;
      }
    }
    if (elseBody) this.execBlock(elseBody, scopes);
  }

  private defStmt(n: SyntaxNode, scopes: Scope[]): void {
    const name = this.text(n.getChild('VariableName')!);
    const params = n.getChild('ParamList')!;
    const body = n.getChild('Body')!;
    scopes[scopes.length - 1].set(name, this.makeFunction(name, params, scopes, (local) => {
      try {
        this.execBlock(body, local);
      } catch (e) {
        if (e instanceof ReturnSignal) return e.value;
        throw e;
      }
      return null;
    }));
  }

  /** A PyFunction binding Python-style parameters (defaults, *args, **kwargs). */
  private makeFunction(name: string, params: SyntaxNode, scopes: Scope[], body: (local: Scope[]) => Value): PyFunction {
    type P = { name: string; def?: Value; kind: 'pos' | 'star' | 'kw' };
    const ps: P[] = [];
    for (let c = params.firstChild; c; c = c.nextSibling) {
      if (c.name === 'VariableName') {
        const prev = c.prevSibling?.name;
        const p: P = { name: this.text(c), kind: prev === '*' ? 'star' : prev === '**' ? 'kw' : 'pos' };
        if (c.nextSibling?.name === 'AssignOp') p.def = this.eval(c.nextSibling.nextSibling!, scopes);
        ps.push(p);
      }
    }
    const closure = scopes;
    return new PyFunction(name, (args, kwargs) => {
      const local: Scope = new Map();
      let i = 0;
      for (const p of ps) {
        if (p.kind === 'star') { local.set(p.name, new PyTuple(args.slice(i))); i = args.length; continue; }
        if (p.kind === 'kw') { const d = new PyDict(); for (const [k, v] of kwargs) d.set(k, v); local.set(p.name, d); kwargs = new Map(); continue; }
        if (i < args.length) local.set(p.name, args[i++]);
        else if (kwargs.has(p.name)) { local.set(p.name, kwargs.get(p.name)!); kwargs.delete(p.name); } else if (p.def !== undefined) local.set(p.name, p.def);
        else throw new PyRaise('TypeError', `${name}() missing 1 required positional argument: '${p.name}'`);
      }
      if (i < args.length) throw new PyRaise('TypeError', `${name}() takes ${ps.length} positional arguments but ${args.length} were given`);
      for (const k of kwargs.keys()) throw new PyRaise('TypeError', `${name}() got an unexpected keyword argument '${k}'`);
      return body([closure[0], local]);
    });
  }

  private tryStmt(n: SyntaxNode, scopes: Scope[]): void {
    const kids: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    const body = kids[1];
    const finallyAt = kids.findIndex((k) => k.name === 'finally');
    const elseAt = kids.findIndex((k) => k.name === 'else');
    try {
      let raised: PyRaise | null = null;
      try {
        this.execBlock(body, scopes);
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        raised = e;
      }
      if (raised) {
        for (let i = 0; i < kids.length; i++) {
          if (kids[i].name !== 'except') continue;
          const bodyAt = kids.findIndex((k, j) => j > i && k.name === 'Body');
          const clause = kids.slice(i + 1, bodyAt);
          const typeNode = clause.find((k) => k.name !== 'as' && k.name !== ',' && clause.indexOf(k) === 0);
          const asAt = clause.findIndex((k) => k.name === 'as');
          if (typeNode && !this.exceptionMatches(typeNode, raised)) continue;
          const name = asAt >= 0 ? this.text(clause[asAt + 1]) : null;
          if (name !== null) scopes[scopes.length - 1].set(name, new PyExceptionValue(raised.pyType, raised.message));
          try {
            this.execBlock(kids[bodyAt], scopes);
          } finally {
            // Python unbinds `as e` when the handler ends (as if `e = None; del e` ran last).
            if (name !== null) scopes[scopes.length - 1].delete(name);
          }
          raised = null;
          break;
        }
        if (raised) throw raised;
      } else if (elseAt >= 0) {
        this.execBlock(kids[elseAt + 1], scopes);
      }
    } finally {
      if (finallyAt >= 0) this.execBlock(kids[finallyAt + 1], scopes);
    }
  }

  private exceptionMatches(typeNode: SyntaxNode, e: PyRaise): boolean {
    const names = typeNode.name === 'TupleExpression' || typeNode.name === 'ParenthesizedExpression'
      ? this.text(typeNode).replace(/[()\s]/g, '').split(',')
      : [this.text(typeNode)];
    // The exception and its bases, as `except` sees them (qualified names match by their last part).
    const lineage = new Set<string>(['Exception', 'BaseException']);
    for (let t: string | undefined = e.pyType; t; t = PARENT[t]) lineage.add(t);
    if (e.pyType === 'AxisError') lineage.add('IndexError').add('LookupError');
    return names.some((nm) => lineage.has(nm.split('.').pop()!));
  }

  private raiseStmt(n: SyntaxNode, scopes: Scope[]): void {
    const e = n.firstChild!.nextSibling;
    if (!e) throw new PyRaise('RuntimeError', 'No active exception to reraise');
    if (e.name === 'CallExpression') {
      const typeName = this.text(e.firstChild!);
      const args = this.callArgs(e.getChild('ArgList')!, scopes).args;
      throw new PyRaise(typeName, args.length ? str(args[0]) : '');
    }
    throw new PyRaise(this.text(e), '');
  }

  // ---- expressions ----

  eval(n: SyntaxNode, scopes: Scope[]): Value {
    switch (n.name) {
      case 'Number': return parseNumber(this.text(n));
      case 'String': return parseString(this.text(n));
      case 'FormatString': return this.fstring(n, scopes);
      case 'ContinuedString': {
        let s = '';
        for (let c = n.firstChild; c; c = c.nextSibling) s += str(this.eval(c, scopes));
        return s;
      }
      case 'Boolean': return this.text(n) === 'True';
      case 'None': return null;
      case 'Ellipsis': return PyEllipsis.instance;
      case 'VariableName': return this.lookup(this.text(n), scopes);
      case 'ParenthesizedExpression': return this.eval(n.firstChild!.nextSibling!, scopes);
      case 'TupleExpression': return new PyTuple(this.items(n, scopes));
      case 'ArrayExpression': return new PyList(this.items(n, scopes));
      case 'DictionaryExpression': {
        const d = new PyDict();
        const kids: SyntaxNode[] = [];
        for (let c = n.firstChild; c; c = c.nextSibling) if (!['{', '}', ',', ':'].includes(c.name)) kids.push(c);
        for (let i = 0; i + 1 < kids.length; i += 2) d.set(this.eval(kids[i], scopes), this.eval(kids[i + 1], scopes));
        return d;
      }
      case 'ArrayComprehensionExpression': return new PyList(this.comprehension(this.inner(n), scopes));
      case 'SetExpression': { const st = new PySet(); for (const v of this.items(n, scopes)) st.add(v); return st; }
      case 'SetComprehensionExpression': { const st = new PySet(); for (const v of this.comprehension(this.inner(n), scopes)) st.add(v); return st; }
      case 'DictionaryComprehensionExpression': {
        const kids = this.inner(n);
        const d = new PyDict();
        // {key: value for ...}: evaluate the pair as one element, then split it.
        const colon = kids.findIndex((k) => k.name === ':');
        const pairs = this.comprehension(kids.slice(colon + 1), scopes, (local) => new PyTuple([this.eval(kids[0], local), this.eval(kids[colon + 1], local)]));
        for (const p of pairs) d.set((p as PyTuple).items[0], (p as PyTuple).items[1]);
        return d;
      }
      case 'UnaryExpression': {
        const op = this.text(n.firstChild!);
        return op === 'not' ? !truthy(this.eval(n.lastChild!, scopes)) : unaryOp(op, this.eval(n.lastChild!, scopes));
      }
      case 'BinaryExpression': return this.binary(n, scopes);
      case 'ConditionalExpression': {
        const [a, cond, b] = [n.firstChild!, n.firstChild!.nextSibling!.nextSibling!, n.lastChild!];
        return truthy(this.eval(cond, scopes)) ? this.eval(a, scopes) : this.eval(b, scopes);
      }
      case 'CallExpression': return this.call(n, scopes);
      case 'MemberExpression': return this.member(n, scopes);
      case 'LambdaExpression': {
        const params = n.getChild('ParamList');
        const body = n.lastChild!;
        return this.makeFunction('<lambda>', params ?? n, scopes, (local) => this.eval(body, local));
      }
      default: throw notSupported(`'${this.text(n).slice(0, 30)}' (${n.name})`);
    }
  }

  private items(n: SyntaxNode, scopes: Scope[]): Value[] {
    const out: Value[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (['(', ')', '[', ']', '{', '}', ','].includes(c.name)) continue;
      out.push(this.eval(c, scopes));
    }
    return out;
  }

  /** Children between the brackets. */
  private inner(n: SyntaxNode): SyntaxNode[] {
    const kids: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) if (!['[', ']', '{', '}', '(', ')'].includes(c.name)) kids.push(c);
    return kids;
  }

  /** `element for ... in ... if ...` (kids[0] is the element unless `make` builds it). */
  private comprehension(kids: SyntaxNode[], scopes: Scope[], make?: (local: Scope[]) => Value): Value[] {
    const element = kids[0];
    const out: Value[] = [];
    const local: Scope[] = [...scopes, new Map()];
    const loop = (i: number): void => {
      if (i >= kids.length) { out.push(make ? make(local) : this.eval(element, local)); return; }
      if (kids[i].name === 'for') {
        const inAt = kids.findIndex((k, j) => j > i && k.name === 'in');
        const targets = kids.slice(i + 1, inAt);
        for (const item of iterate(this.eval(kids[inAt + 1], local))) {
          this.host.check();
          this.bind(targets, item, local);
          loop(inAt + 2);
        }
      } else if (kids[i].name === 'if') {
        if (truthy(this.eval(kids[i + 1], local))) loop(i + 2);
      }
    };
    loop(make ? kids.findIndex((k) => k.name === 'for') : 1);
    return out;
  }

  private binary(n: SyntaxNode, scopes: Scope[]): Value {
    const left = n.firstChild!;
    const opNode = left.nextSibling!;
    const op = this.text(opNode);
    if (op === 'and') { const a = this.eval(left, scopes); return truthy(a) ? this.eval(n.lastChild!, scopes) : a; }
    if (op === 'or') { const a = this.eval(left, scopes); return truthy(a) ? a : this.eval(n.lastChild!, scopes); }
    const a = this.eval(left, scopes);
    if (op === 'not' || op === 'is') {
      // "not in", "is", "is not"
      const second = opNode.nextSibling!;
      const negated = second.name === 'not' || op === 'not';
      const right = second.name === 'not' || second.name === 'in' ? second.nextSibling! : second;
      const b = this.eval(right, scopes);
      const r = op === 'is' ? identical(a, b) : compareOp('in', a, b);
      return negated ? !r : r;
    }
    const b = this.eval(n.lastChild!, scopes);
    if (opNode.name === 'CompareOp' || op === 'in') return compareOp(op, a, b);
    return binaryOp(op, a, b);
  }

  private lookup(name: string, scopes: Scope[]): Value {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const v = scopes[i].get(name);
      if (v !== undefined) return v;
    }
    const g = this.globals.get(name);
    if (g !== undefined) return g;
    const b = this.builtins.get(name);
    if (b !== undefined) return b;
    if (['open', 'exec', 'eval', 'input', '__import__', 'compile', 'globals', 'locals'].includes(name)) throw notSupported(`${name}()`);
    const e = new PyRaise('NameError', `name '${name}' is not defined`);
    const locals = scopes.length > 1 ? [...scopes[scopes.length - 1].keys()] : [];
    const globals = [...MODULE_DUNDERS, ...[...this.globals.keys()].filter((k) => !MODULE_DUNDERS.includes(k))];
    e.suggestion = suggestName(name, locals, globals) ?? undefined;
    throw e;
  }

  private member(n: SyntaxNode, scopes: Scope[]): Value {
    const target = n.firstChild!;
    // Only `1.` and `2.e5` (lezer's Number "." ...) need a look at the rest: attribute reads are hot.
    const float = target.name === 'Number' ? trailingDotFloat(n, this.src) : null;
    if (float !== null) return float;
    const obj = this.eval(target, scopes);
    const sep = target.nextSibling!;
    if (sep.name === '[') return getItem(obj, this.subscript(n, scopes));
    const name = this.text(n.lastChild!);
    return getAttr(obj, name);
  }

  /** The index of a subscript: a value, a slice, or a tuple of them. */
  private subscript(n: SyntaxNode, scopes: Scope[]): Value {
    const parts: SyntaxNode[] = [];
    for (let c = n.firstChild!.nextSibling!.nextSibling; c && c.name !== ']'; c = c.nextSibling) parts.push(c);
    const groups: SyntaxNode[][] = [[]];
    for (const p of parts) { if (p.name === ',') groups.push([]); else groups[groups.length - 1].push(p); }
    const one = (g: SyntaxNode[]): Value => {
      if (!g.some((p) => p.name === ':')) return this.eval(g[0], scopes);
      const fields: Array<Value> = [null, null, null];
      let k = 0;
      for (const p of g) { if (p.name === ':') k++; else fields[k] = this.eval(p, scopes); }
      return new PySlice(fields[0], fields[1], fields[2]);
    };
    if (groups.length === 1) return one(groups[0]);
    return new PyTuple(groups.filter((g) => g.length > 0).map(one));
  }

  private call(n: SyntaxNode, scopes: Scope[]): Value {
    const fn = this.eval(n.firstChild!, scopes);
    const { args, kwargs } = this.callArgs(n.getChild('ArgList')!, scopes);
    return callValue(fn, args, kwargs);
  }

  private callArgs(list: SyntaxNode, scopes: Scope[]): { args: Value[]; kwargs: Map<string, Value> } {
    const args: Value[] = [];
    const kwargs = new Map<string, Value>();
    if (list.getChild('for')) {
      // f(x for x in xs): a generator expression as the only argument
      return { args: [new PyList(this.comprehension(this.inner(list), scopes))], kwargs };
    }
    for (let c = list.firstChild; c; c = c.nextSibling) {
      if (['(', ')', ','].includes(c.name)) continue;
      if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp') {
        kwargs.set(this.text(c), this.eval(c.nextSibling.nextSibling!, scopes));
        c = c.nextSibling.nextSibling!;
        continue;
      }
      if (c.name === '*') { c = c.nextSibling!; args.push(...iterate(this.eval(c, scopes))); continue; }
      if (c.name === '**') {
        c = c.nextSibling!;
        const d = this.eval(c, scopes);
        if (d instanceof PyDict) for (const [k, v] of d.entries.values()) kwargs.set(str(k), v);
        continue;
      }
      args.push(this.eval(c, scopes));
    }
    return { args, kwargs };
  }

  private fstring(n: SyntaxNode, scopes: Scope[]): string {
    const raw = this.text(n);
    const quoteStart = raw.search(/['"]/);
    const rawString = /r/i.test(raw.slice(0, quoteStart));
    const q = raw.slice(quoteStart, raw.startsWith('"""', quoteStart) || raw.startsWith("'''", quoteStart) ? quoteStart + 3 : quoteStart + 1);
    const literal = (a: number, b: number): string => {
      const text = this.src.slice(a, b).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      return rawString ? text : unescape(text);
    };
    return this.fstringParts(n, n.from + quoteStart + q.length, n.to - q.length, literal, scopes);
  }

  /** Literal text and replacement fields between `from` and `to` (an f-string's body, or a format spec with nested fields). */
  private fstringParts(n: SyntaxNode, from: number, to: number, literal: (a: number, b: number) => string, scopes: Scope[]): string {
    let out = '';
    let pos = from;
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name !== 'FormatReplacement') continue;
      out += literal(pos, c.from) + this.replacementField(c, literal, scopes);
      pos = c.to;
    }
    return out + literal(pos, to);
  }

  /** One {expr[=][!conversion][:spec]} field, as format(value, spec) after the conversion. */
  private replacementField(c: SyntaxNode, literal: (a: number, b: number) => string, scopes: Scope[]): string {
    let expr: SyntaxNode | null = null;
    let selfDoc: string | null = null;
    let conversion = '';
    let specNode: SyntaxNode | null = null;
    for (let k = c.firstChild; k; k = k.nextSibling) {
      if (k.name === '{' || k.name === '}') continue;
      if (k.name === 'FormatSelfDoc') {
        // {x = } shows its own text, through the '=' and the spaces after it.
        selfDoc = this.src.slice(c.from + 1, k.nextSibling?.name === '}' || !k.nextSibling ? c.lastChild!.from : k.nextSibling.from);
      } else if (k.name === 'FormatConversion') conversion = this.text(k).slice(1);
      else if (k.name === 'FormatSpec') specNode = k;
      else if (!expr) expr = k;
    }
    // The value first, then the fields nested in the spec, as Python evaluates them.
    let v = this.eval(expr!, scopes);
    const hasSpec = specNode !== null;
    // lezer's FormatSpec node can stop short of the spec's text: it runs to the field's '}'.
    const spec = specNode ? this.fstringParts(specNode, specNode.from + 1, c.lastChild!.from, literal, scopes) : '';
    // With '=', the repr is the default unless a format spec asks for format().
    if (conversion === 'r' || (selfDoc !== null && conversion === '' && !hasSpec)) v = repr(v);
    else if (conversion === 's') v = str(v);
    else if (conversion === 'a') v = pyAscii(repr(v));
    return (selfDoc ?? '') + formatValue(v, spec);
  }
}

/** ascii(): repr with non-ASCII characters escaped as \\x, \\u or \\U. */
function pyAscii(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += cp < 128 ? ch : cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return out;
}

/** Python's `is`: the same object (None, True and False are singletons; small ints compare by value). */
function identical(a: Value, b: Value): boolean {
  return a === b || (typeof a === 'bigint' && typeof b === 'bigint' && a === b && a >= -5n && a <= 256n);
}

/** Base classes of the exceptions the engine raises (Python's and NumPy's hierarchy). */
const PARENT: Readonly<Record<string, string>> = {
  ZeroDivisionError: 'ArithmeticError', OverflowError: 'ArithmeticError', FloatingPointError: 'ArithmeticError',
  IndexError: 'LookupError', KeyError: 'LookupError', AxisError: 'ValueError', LinAlgError: 'ValueError',
  UFuncTypeError: 'TypeError', NotImplementedError: 'RuntimeError', RecursionError: 'RuntimeError',
  UnicodeError: 'ValueError', ModuleNotFoundError: 'ImportError', IndentationError: 'SyntaxError', TabError: 'IndentationError',
};

/**
 * Python rejects at compile time, before anything runs: break/continue outside a loop, return
 * outside a function, a keyword argument given twice. The first such place, with Python's message.
 */
function compileError(top: SyntaxNode, src: string): { message: string; at: number } | null {
  const walk = (node: SyntaxNode, inLoop: boolean, inFunction: boolean): { message: string; at: number } | null => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'BreakStatement' && !inLoop) return { message: "'break' outside loop", at: c.from };
      if (c.name === 'ContinueStatement' && !inLoop) return { message: "'continue' not properly in loop", at: c.from };
      if (c.name === 'ReturnStatement' && !inFunction) return { message: "'return' outside function", at: c.from };
      if (c.name === 'TryStatement' && !c.getChild('except') && !c.getChild('finally')) return { message: "expected 'except' or 'finally' block", at: c.to };
      if (c.name === 'ArgList') {
        const seen = new Set<string>();
        for (let a = c.firstChild; a; a = a.nextSibling) {
          if (a.name !== 'VariableName' || a.nextSibling?.name !== 'AssignOp') continue;
          const name = src.slice(a.from, a.to);
          if (seen.has(name)) return { message: `keyword argument repeated: ${name}`, at: a.from };
          seen.add(name);
        }
      }
      const fn = c.name === 'FunctionDefinition' || c.name === 'ClassDefinition';
      // A loop's body (and else) may break; its header may not. A function starts afresh.
      const loopBody = (node.name === 'ForStatement' || node.name === 'WhileStatement') && c.name === 'Body';
      const found = walk(c, fn ? false : inLoop || loopBody, inFunction || c.name === 'FunctionDefinition');
      if (found) return found;
    }
    return null;
  };
  return walk(top, false, false);
}

/**
 * A float written with a trailing dot (`1.`, `2.e5`), which lezer reads as an attribute of an int
 * (Number "." followed by an error or a name like e5); its value, or null for anything else.
 */
function trailingDotFloat(n: SyntaxNode, src: string): number | null {
  const num = n.firstChild;
  const dot = num?.nextSibling;
  const after = dot?.nextSibling;
  if (num?.name !== 'Number' || dot?.name !== '.' || dot.from !== num.to || !/^[0-9_]+$/.test(src.slice(num.from, num.to))) return null;
  if (after?.type.isError && after.from === after.to) return Number(src.slice(num.from, dot.to).replace(/_/g, '') + '0');
  if (after?.name === 'PropertyName' && after.from === dot.to && /^[eE][0-9_]+$/.test(src.slice(after.from, after.to))) {
    return Number(src.slice(num.from, after.to).replace(/_/g, '').replace('.', '.0'));
  }
  return null;
}

/**
 * Where lezer's parse first fails: an error node, or Python 2's `print x` (lezer accepts print
 * statements), at its argument. (`print >>f, x` is a valid Python 3 expression, so not that.)
 */
function firstError(node: SyntaxNode, src: string): { from: number } | null {
  const c = node.cursor();
  do {
    if (c.type.isError && !(c.from === c.to && c.node.parent && trailingDotFloat(c.node.parent, src) !== null)) return c.node;
    if (c.name === 'PrintStatement') {
      const arg = c.node.firstChild?.nextSibling;
      if (arg && /^(VariableName|Number|String|Boolean|None)$/.test(arg.name)) return arg;
    }
  } while (c.next());
  return null;
}


export function parseNumber(t: string): Value {
  const s = t.replace(/_/g, '');
  if (/[jJ]$/.test(s)) throw notSupported('complex numbers');
  if (/^0[xX]/.test(s)) return BigInt(s);
  if (/^0[oO]/.test(s)) return BigInt('0o' + s.slice(2));
  if (/^0[bB]/.test(s)) return BigInt('0b' + s.slice(2));
  if (/^[0-9]+$/.test(s)) return BigInt(s);
  return Number(s);
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };

function unescape(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[0-7]{1,3}|\n|.)/g, (m, e: string) => {
    if (e === '\n') return '';
    if (e[0] === 'x' || e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    if (e[0] === 'N') throw notSupported('\\N{...} escapes (Unicode character names)');
    return ESCAPES[e] ?? m;
  });
}

export function parseString(t: string): string {
  const prefix = /^[a-zA-Z]*/.exec(t)![0].toLowerCase();
  if (prefix.includes('b')) throw notSupported('bytes literals');
  const body = t.slice(prefix.length);
  const q = body.startsWith('"""') || body.startsWith("'''") ? 3 : 1;
  const inner = body.slice(q, body.length - q);
  return prefix.includes('r') ? inner : unescape(inner);
}
