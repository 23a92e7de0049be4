/**
 * Runs a snippet on the embedded engine: stdout as Python prints it, an uncaught exception as a
 * traceback on stderr ending in Python's `Type: message` line, a time limit, and a cancel hook.
 */
import { PyError } from '../../core/errors';
import { Interpreter, RunAborted } from './interpreter';
import { printOptions, PyRaise } from './values';
import { DEFAULT_PRINT_OPTIONS } from './ndformat';
import { onNote } from '../../core/notes';
import { onWarning } from '../../core/warnings';
import { closestName } from './suggestions';

export interface RunOptions {
  /** Shown in tracebacks. */
  filename?: string;
  /** Milliseconds before the run stops (default 5000). */
  timeoutMs?: number;
  /** Polled during the run; return true to stop it. */
  cancelled?: () => boolean;
  /** Receives output as it is printed. */
  onOutput?: (text: string) => void;
  /** Print NumPy scalars as NumPy 1.x did (`0.5` rather than `np.float64(0.5)`). */
  numpy1Scalars?: boolean;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** 0 on success, 1 on an uncaught exception, a construct outside the subset, a timeout or a cancel. */
  exitCode: number;
  /**
   * SeedLab's notes ("line N: ..."): where these numbers, exact here, would differ on some NumPy
   * builds. Not Python output; shown apart from it.
   */
  notes?: string[];
}

/**
 * A notebook cell runs as the program of the code cells above it, then CELL_MARKER, then the cell:
 * what the cells above print is dropped at the marker and tracebacks count lines from it. Re-running
 * from the top keeps every cell's numbers those of a fresh "run all" in order.
 */
export const CELL_MARKER = '__seedlab_cell__()';

export function notebookProgram(cellsAbove: readonly string[], cell: string): string {
  return [...cellsAbove, CELL_MARKER, cell].join('\n');
}

export function runEmbedded(source: string, opts: RunOptions = {}): RunResult {
  const filename = opts.filename ?? '<snippet>';
  const deadline = Date.now() + (opts.timeoutMs ?? 5000);
  let stdout = '';
  let ticks = 0;
  Object.assign(printOptions, DEFAULT_PRINT_OPTIONS, opts.numpy1Scalars ? { legacy: '1.25' } : {});
  const host = {
    startCell: (): void => { stdout = ''; },
    write: (t: string): void => { stdout += t; opts.onOutput?.(t); },
    check: (): void => {
      if ((++ticks & 255) !== 0) return;
      if (Date.now() > deadline) throw new RunAborted(`timed out after ${(opts.timeoutMs ?? 5000) / 1000} s`);
      if (opts.cancelled?.()) throw new RunAborted('cancelled');
    },
  };
  const interp = new Interpreter(source, host);
  const lines = source.split('\n');
  const markerLine = lines.indexOf(CELL_MARKER) + 1;
  // Python's default warning filter: each (location, category, message) printed once, on stderr.
  let warnings = '';
  const shown = new Set<string>();
  const stopWarnings = onWarning((w) => {
    const line = interp.currentLine();
    const key = `${line}\0${w.category}\0${w.message}`;
    if (shown.has(key) || (markerLine > 0 && line <= markerLine)) return;
    shown.add(key);
    warnings += `${filename}:${line - markerLine}: ${w.category}: ${w.message}\n  ${lines[line - 1]?.trim() ?? ''}\n`;
  });
  // SeedLab's notes on reproducibility: once per line and message, apart from Python's output.
  const notes: string[] = [];
  const stopNotes = onNote((message) => {
    const line = interp.currentLine();
    const text = `line ${line - markerLine}: ${message}`;
    if (!notes.includes(text) && !(markerLine > 0 && line <= markerLine)) notes.push(text);
  });
  const finish = (r: Omit<RunResult, 'notes'>): RunResult => ({ ...r, notes });
  try {
    interp.run();
    return finish({ stdout, stderr: warnings, exitCode: 0 });
  } catch (e) {
    if (e instanceof RunAborted) return finish({ stdout, stderr: `${warnings}SeedLab: the run was stopped: ${e.message}\n`, exitCode: 1 });
    if (e instanceof PyRaise) {
      if (e.pyType === 'NotSupported') return finish({ stdout, stderr: `${warnings}SeedLab: ${e.message}\n`, exitCode: 1 });
      if (markerLine > 0 && e.line <= markerLine) {
        return finish({ stdout: '', stderr: `SeedLab: a cell above raised ${e.pyType}${e.message ? `: ${e.message}` : ''}; fix it to run this one\n`, exitCode: 1 });
      }
      const cellSource = markerLine > 0 ? lines.slice(markerLine).join('\n') : source;
      const suggestion = e.suggestion ?? (e.missingAttribute ? closestName(e.missingAttribute.candidates, e.missingAttribute.name) : null);
      const shown = suggestion ? `${e.message}. Did you mean: '${suggestion}'?` : e.message;
      return finish({ stdout, stderr: warnings + traceback(cellSource, filename, new PyRaise(e.pyType, shown, e.line - markerLine)), exitCode: 1 });
    }
    // Only a JavaScript stack overflow is Python's RecursionError; other RangeErrors are engine bugs.
    if (e instanceof RangeError && /call stack/i.test(e.message)) return finish({ stdout, stderr: warnings + traceback(source, filename, new PyRaise('RecursionError', 'maximum recursion depth exceeded', interp.currentLine())), exitCode: 1 });
    // A core error that no call wrapped is still Python's error at the current line.
    if (e instanceof PyError) return finish({ stdout, stderr: warnings + traceback(source, filename, new PyRaise(e.pyType, e.message, interp.currentLine())), exitCode: 1 });
    // An engine bug: one clear line, the output so far kept, never a JavaScript stack.
    const why = e instanceof Error ? e.message : String(e);
    return finish({ stdout, stderr: `${warnings}SeedLab: internal error at line ${interp.currentLine()} (${why}); please report it, and run this snippet with --engine python meanwhile\n`, exitCode: 1 });
  } finally {
    stopWarnings();
    stopNotes();
  }
}

/** Exceptions Python names with their module in a traceback's last line. */
const QUALIFIED: Readonly<Record<string, string>> = {
  LinAlgError: 'numpy.linalg.LinAlgError',
  // The only UFuncTypeError the engine raises is NumPy's output-casting one (its class shows as
  // UFuncTypeError to type(e).__name__ but by its real name in a traceback).
  UFuncTypeError: 'numpy._core._exceptions._UFuncOutputCastingError',
  AxisError: 'numpy.exceptions.AxisError',
};

/** Errors raised before the program runs: Python shows where, with no traceback. */
const SYNTAX_ERRORS = new Set(['SyntaxError', 'IndentationError', 'TabError']);

function traceback(source: string, filename: string, e: PyRaise): string {
  const line = source.split('\n')[e.line - 1]?.trim() ?? '';
  const type = QUALIFIED[e.pyType] ?? e.pyType;
  const last = e.message === '' ? type : `${type}: ${e.message}`;
  if (SYNTAX_ERRORS.has(e.pyType)) return `  File "${filename}", line ${e.line}\n    ${line}\n${last}\n`;
  return `Traceback (most recent call last):\n  File "${filename}", line ${e.line}, in <module>\n    ${line}\n${last}\n`;
}
