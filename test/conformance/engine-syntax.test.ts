/**
 * Syntax errors as CPython 3.11 reports them, from its tokenizer, parser and compiler: for each
 * case in test/fixtures/syntax/errors.txt (cases apart by `# ---` lines) the embedded engine names
 * the same error type, message and line as real python3; every case in valid.txt runs on both
 * without a syntax error.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runEmbedded } from '../../src/engine/embedded';
import { FIXTURES } from '../support/fixtures';
import { PYTHON } from '../support/python';

const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlab-syntax-'));

/** python3 FILE, as `seedlab run` mirrors it (`-c` counts lines at the end differently). */
function runPythonFile(src: string): { stdout: string; stderr: string } {
  const file = path.join(DIR, 'case.py');
  fs.writeFileSync(file, src);
  const res = spawnSync(PYTHON, [file], { encoding: 'utf8', timeout: 30000 });
  return { stdout: res.stdout, stderr: res.stderr };
}

const cases = (file: string): string[] => fs.readFileSync(path.join(FIXTURES, 'syntax', file), 'utf8').split(/^# ---\n/m);

/** The `File "...", line N` line number and the last line of a syntax error's report. */
function report(stderr: string): [string, string] {
  const lines = stderr.trimEnd().split('\n');
  return [/^ {2}File ".*", line (\d+)/m.exec(stderr)?.[1] ?? '', lines[lines.length - 1]];
}

describe('syntax errors as python3 reports them', () => {
  cases('errors.txt').forEach((src, k) => {
    it(`errors.txt case ${k + 1}: ${JSON.stringify(src.split('\n')[0])}`, () => {
      const real = runPythonFile(src);
      assert.match(report(real.stderr)[1], /^(SyntaxError|IndentationError|TabError): /, 'python3 must reject the case');
      const ours = runEmbedded(src, { filename: 'case.py' });
      assert.strictEqual(ours.stdout, '');
      assert.deepStrictEqual(report(ours.stderr), report(real.stderr));
    });
  });

  cases('valid.txt').forEach((src, k) => {
    it(`valid.txt case ${k + 1} compiles on both`, () => {
      const ours = runEmbedded(src, { filename: 'case.py' });
      assert.doesNotMatch(ours.stderr, /(SyntaxError|IndentationError|TabError): /);
      const real = runPythonFile(src);
      assert.doesNotMatch(real.stderr, /(SyntaxError|IndentationError|TabError): /);
    });
  });
});
