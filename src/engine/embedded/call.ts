/** Calling values, reading attributes, and the engine's "not supported" error. */
import { warn } from '../../core/warnings';
import { DIR_OF, DIRS, NUMPY_EXPIRED_ATTRS, NUMPY_FORMER_ATTRS, NUMPY_FUTURE_SCALARS } from './data/attribute-names';
import { attrOfBuiltinType } from './methods';
import { Builtin, PyFunction, PyModule, PyObject, PyRaise, tpName, typeKey, Value } from './values';

/** The one-line stop for anything outside the subset. */
export function notSupported(what: string): PyRaise {
  return new PyRaise('NotSupported', `${what} is not supported by SeedLab's embedded engine; run it with --engine python`);
}

/** Calls any callable value. */
export function callValue(fn: Value, args: Value[], kwargs: Map<string, Value>): Value {
  if (fn instanceof Builtin) return fn.call(args, kwargs);
  if (fn instanceof PyFunction) return fn.impl(args, kwargs);
  throw new PyRaise('TypeError', `'${tpName(fn)}' object is not callable`);
}

/** Attribute access on modules, core objects and arrays. */
export function getAttr(obj: Value, name: string): Value {
  if (obj instanceof PyModule) {
    const v = obj.attrs.get(name);
    if (v === undefined) {
      if (obj.name === 'numpy') throwNumpyAttributeError(name);
      throw missingAttribute(`module '${obj.name}' has no attribute '${name}'`, name, obj.name);
    }
    return v;
  }
  const v = obj instanceof PyObject ? obj.getAttr(name) : attrOfBuiltinType(obj, name);
  if (v === undefined) throw missingAttribute(`'${tpName(obj)}' object has no attribute '${name}'`, name, typeKey(obj));
  return v;
}

/** An AttributeError that an uncaught traceback completes with "Did you mean", from dir() of `dirKey`. */
function missingAttribute(message: string, name: string, dirKey: string): PyRaise {
  const e = new PyRaise('AttributeError', message);
  const index = DIR_OF[dirKey];
  if (index !== undefined) e.missingAttribute = { name, candidates: DIRS[index] };
  return e;
}

/** NumPy 2's module __getattr__: its own messages (without suggestions) for removed names. */
function throwNumpyAttributeError(name: string): never {
  if (NUMPY_FUTURE_SCALARS.includes(name)) warn('FutureWarning', `In the future \`np.${name}\` will be defined as the corresponding NumPy scalar.`);
  const former = NUMPY_FORMER_ATTRS[name];
  if (former !== undefined) throw new PyRaise('AttributeError', former);
  const expired = NUMPY_EXPIRED_ATTRS[name];
  if (expired !== undefined) throw new PyRaise('AttributeError', `\`np.${name}\` was removed in the NumPy 2.0 release. ${expired}`);
  throw missingAttribute(`module 'numpy' has no attribute '${name}'`, name, 'numpy');
}
