/**
 * Python warnings raised by the core (NumPy's `warnings.warn(msg, RuntimeWarning)`), delivered to
 * whoever listens: the embedded engine prints them as Python does, tests record them. With no
 * listener a warning is dropped, as under `warnings.simplefilter('ignore')`.
 */
export type PyWarningCategory = 'RuntimeWarning';

export interface PyWarning {
  readonly category: PyWarningCategory;
  readonly message: string;
}

type Listener = (w: PyWarning) => void;
const listeners: Listener[] = [];

export function warn(category: PyWarningCategory, message: string): void {
  for (const l of listeners) l({ category, message });
}

/** Runs `fn` and returns what it returned (or throws what it threw) with the warnings it raised. */
export function withWarnings<T>(fn: () => T): { value: T; warnings: PyWarning[] } {
  const seen: PyWarning[] = [];
  const listener: Listener = (w) => { seen.push(w); };
  listeners.push(listener);
  try {
    return { value: fn(), warnings: seen };
  } finally {
    listeners.splice(listeners.lastIndexOf(listener), 1);
  }
}

/** Adds a listener until the returned function is called. */
export function onWarning(listener: Listener): () => void {
  listeners.push(listener);
  return () => { const i = listeners.lastIndexOf(listener); if (i >= 0) listeners.splice(i, 1); };
}
