import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
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

  describe('CI formats', () => {
    // A constant re-seed in a loop is a warning; a seed the loop changes is information.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seedlab-lint-')), 'loop.py');
    fs.writeFileSync(file, 'import random\nfor i in range(3):\n    random.seed(i)\n    random.seed(0)\n    print(random.random())\n');

    it('github: one workflow command per finding, at its level', async () => {
      const r = await cli('lint', file, '--format', 'github', '--select', 'SEED004');
      assert.strictEqual(r.code, 1);
      assert.deepStrictEqual(r.stdout.trim().split('\n').map((l) => /^::(\w+) file=(.*?),line=(\d+),col=(\d+),endLine=\d+,endColumn=\d+,title=(SEED\d+)::/.exec(l)?.slice(1)),
        [['notice', file, '3', '5', 'SEED004'], ['warning', file, '4', '5', 'SEED004']]);
    });

    it('sarif: a SARIF 2.1.0 log with a rule per code and a result per finding', async () => {
      const r = await cli('lint', file, '--format', 'sarif', '--select', 'SEED004');
      assert.strictEqual(r.code, 1);
      const log = JSON.parse(r.stdout);
      assert.strictEqual(log.version, '2.1.0');
      const run = log.runs[0];
      assert.ok(run.tool.driver.rules.some((rule: { id: string; helpUri: string }) => rule.id === 'SEED004' && rule.helpUri.endsWith('SEED004.md')));
      assert.deepStrictEqual(run.results.map((x: { ruleId: string; level: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) =>
        [x.ruleId, x.level, x.locations[0].physicalLocation.region.startLine]), [['SEED004', 'note', 3], ['SEED004', 'warning', 4]]);
    });
  });

  it('exits 2 for a missing path', async () => {
    const r = await cli('lint', '/nonexistent/file.py');
    assert.strictEqual(r.code, 2);
  });
});
