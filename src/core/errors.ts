/**
 * A Python exception raised by the core, carrying the exact type name and message NumPy or
 * CPython raise for the same call, so callers can print `ValueError: scale < 0` verbatim.
 */
export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'IndexError'
  | 'KeyError'
  | 'NotImplementedError'
  | 'ZeroDivisionError'
  | 'RuntimeError'
  | 'AxisError'
  | 'LinAlgError';

export class PyError extends Error {
  constructor(readonly pyType: PyErrorType, message: string) {
    super(message);
    this.name = pyType;
  }

  /** The last line of a Python traceback: `ValueError: message`. */
  toPythonString(): string {
    return this.message === '' ? this.pyType : `${this.pyType}: ${this.message}`;
  }
}

export const valueError = (message: string): PyError => new PyError('ValueError', message);
export const typeError = (message: string): PyError => new PyError('TypeError', message);
