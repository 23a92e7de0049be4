import * as vscode from 'vscode';
import { describeRequest } from '../../core/describe';
import { PyError } from '../../core/errors';
import { toJson } from '../../core/formats';
import { parseLiteral } from '../../core/pyliteral';
import { Api, APIS, distributions, drawSample, SampleRequest } from '../../core/sampling';

/** Arguments tests and other commands may pass to skip the prompts. */
export interface SampleNumbersArgs {
  api?: Api;
  seed?: string;
  dist?: string;
  size?: number;
}

const API_LABELS: Record<Api, string> = {
  legacy: 'np.random.RandomState / np.random.seed (legacy)',
  generator: 'np.random.default_rng (Generator, PCG64)',
  python: "Python's random module",
};

/**
 * SeedLab: Sample Numbers — shows the numbers NumPy or Python would give for a seed, computed by
 * the bundled core (no Python needed), with the code that makes them. Returns the document shown.
 */
export async function sampleNumbers(args: SampleNumbersArgs = {}): Promise<vscode.TextDocument | undefined> {
  const api = args.api ?? (await vscode.window.showQuickPick(
    APIS.map((a) => ({ label: a, description: API_LABELS[a] })), { title: 'SeedLab: Sample Numbers — API' }))?.label as Api | undefined;
  if (!api) return undefined;
  const defaultSeed = String(vscode.workspace.getConfiguration('seedlab').get<number>('defaultSeed', 42));
  const seed = args.seed ?? (await vscode.window.showInputBox({ title: 'Seed (a Python literal)', value: defaultSeed }));
  if (seed === undefined) return undefined;
  const dist = args.dist ?? (await vscode.window.showQuickPick(distributions(api), { title: 'Distribution' }));
  if (!dist) return undefined;
  const size = args.size ?? vscode.workspace.getConfiguration('seedlab').get<number>('sampleSize', 10);
  const request: SampleRequest = { api, seed: parseLiteral(seed), dist, size: [size] };
  let body: string;
  try {
    body = toJson(drawSample(request));
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    void vscode.window.showErrorMessage(`SeedLab: ${e.toPythonString()}`);
    return undefined;
  }
  const comment = describeRequest(request).split('\n').map((l) => `# ${l}`).join('\n');
  const doc = await vscode.workspace.openTextDocument({ language: 'python', content: `${comment}\n${body}` });
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}
