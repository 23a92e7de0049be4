/**
 * Python warnings raised by the core (NumPy's `warnings.warn(msg, RuntimeWarning)`), delivered to
 * whoever listens: the embedded engine prints them as Python does, tests record them. With no
 * listener a warning is dropped, as under `warnings.simplefilter('ignore')`.
 */
import { Channel } from './channel';

export type PyWarningCategory = 'RuntimeWarning' | 'FutureWarning';

export interface PyWarning {
  readonly category: PyWarningCategory;
  readonly message: string;
}

const warnings = new Channel<PyWarning>();

export function warn(category: PyWarningCategory, message: string): void {
  warnings.emit({ category, message });
}

/** Runs `fn` and returns what it returned (or throws what it threw) with the warnings it raised. */
export function withWarnings<T>(fn: () => T): { value: T; warnings: PyWarning[] } {
  const { value, items } = warnings.collect(fn);
  return { value, warnings: items };
}

/** Adds a listener until the returned function is called. */
export function onWarning(listener: (w: PyWarning) => void): () => void {
  return warnings.listen(listener);
}
