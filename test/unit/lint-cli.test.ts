import * as assert from 'assert';
import * as path from 'path';
import { cli } from './cli.test';
import { FIXTURES } from '../support/fixtures';

const EXAMPLES = path.resolve(FIXTURES, '..', '..', 'examples');

describe('seedlab lint', () => {
  it('prints one JSON array with the documented keys and exits 1 on findings', async () => {
    const r = await cli('lint', path.join(EXAMPLES, 'experiment.py'), '--format', 'json');
    assert.strictEqual(r.code, 1);
    const findings = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    assert.ok(findings.length > 0);
    for (const f of findings) {
      assert.deepStrictEqual(Object.keys(f).sort(), ['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'path', 'severity']);
    }
  });

  it('exits 0 on a reproducible file', async () => {
    const r = await cli('lint', path.join(EXAMPLES, 'reproducible.py'));
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /All checks passed/);
  });

  it('lints notebooks cell by cell in order', async () => {
    const r = await cli('lint', path.join(EXAMPLES, 'notebook.ipynb'), '--format', 'json', '--select', 'SEED004');
    assert.deepStrictEqual(JSON.parse(r.stdout).map((f: { code: string }) => f.code), ['SEED004']);
  });

  it('--select and --ignore filter by code', async () => {
    const r = await cli('lint', path.join(EXAMPLES, 'experiment.py'), '--format', 'json', '--ignore', 'SEED002,SEED001');
    const codes = new Set(JSON.parse(r.stdout).map((f: { code: string }) => f.code));
    assert.ok(!codes.has('SEED002') && !codes.has('SEED001') && codes.has('SEED006'));
  });

  it('exits 2 for a missing path', async () => {
    const r = await cli('lint', '/nonexistent/file.py');
    assert.strictEqual(r.code, 2);
  });
});
