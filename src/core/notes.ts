/**
 * SeedLab's own remarks on reproducibility, raised where a result is exact here but would not be
 * the same on every NumPy build (e.g. multivariate_normal of a covariance with a repeated
 * eigenvalue). They are not Python output: the embedded engine shows them apart from stdout and
 * stderr, tests record them.
 */
import { Channel } from './channel';

const notes = new Channel<string>();

export function note(message: string): void {
  notes.emit(message);
}

/** Runs `fn` and returns what it returned (or throws what it threw) with the notes it raised. */
export function withNotes<T>(fn: () => T): { value: T; notes: string[] } {
  const { value, items } = notes.collect(fn);
  return { value, notes: items };
}

/** Adds a listener until the returned function is called. */
export function onNote(listener: (message: string) => void): () => void {
  return notes.listen(listener);
}
