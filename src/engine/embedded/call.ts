/** Calling values, reading attributes, and the engine's "not supported" error. */
import { attrOfBuiltinType } from './methods';
import { Builtin, PyFunction, PyModule, PyObject, PyRaise, typeName, Value } from './values';

/** The one-line stop for anything outside the subset. */
export function notSupported(what: string): PyRaise {
  return new PyRaise('NotSupported', `${what} is not supported by SeedLab's embedded engine; run it with --engine python`);
}

/** Calls any callable value. */
export function callValue(fn: Value, args: Value[], kwargs: Map<string, Value>): Value {
  if (fn instanceof Builtin) return fn.call(args, kwargs);
  if (fn instanceof PyFunction) return fn.impl(args, kwargs);
  throw new PyRaise('TypeError', `'${typeName(fn)}' object is not callable`);
}

/** Attribute access on modules, core objects and arrays. */
export function getAttr(obj: Value, name: string): Value {
  if (obj instanceof PyModule) {
    const v = obj.attrs.get(name);
    if (v === undefined) throw new PyRaise('AttributeError', `module '${obj.name}' has no attribute '${name}'`);
    return v;
  }
  if (obj instanceof PyObject) {
    const v = obj.getAttr(name);
    if (v === undefined) throw new PyRaise('AttributeError', `'${obj.typeName}' object has no attribute '${name}'`);
    return v;
  }
  const v = attrOfBuiltinType(obj, name);
  if (v === undefined) throw new PyRaise('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`);
  return v;
}
