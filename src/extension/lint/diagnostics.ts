/**
 * Publishes SeedLab's findings as diagnostics on Python files and notebook cells, re-linting
 * (debounced) as the user types. Notebooks are analysed as one program, cells in order.
 * Thin: converts analysis findings to vscode objects; all the logic lives in src/analysis.
 */
import * as vscode from 'vscode';
import type { Finding, Severity } from '../../analysis/finding';
import { IncrementalParser } from '../../analysis/incremental';
import { lintSource } from '../../analysis/lint';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const DOCS_BASE = 'https://github.com/seedlab/seedlab/blob/main/docs/rules';

/** One edit of a fix, placed in the document it changes (a notebook fix can span cells). */
export interface PlacedEdit {
  readonly document: vscode.TextDocument;
  readonly range: vscode.Range;
  readonly insert: string;
}

/** A diagnostic that remembers its finding (offsets in the analysed source) and places its fix's edits when asked. */
export class SeedLabDiagnostic extends vscode.Diagnostic {
  private placed?: readonly PlacedEdit[];

  constructor(range: vscode.Range, readonly finding: Finding, readonly document: vscode.TextDocument, severity: vscode.DiagnosticSeverity,
    private readonly place: () => readonly PlacedEdit[]) {
    super(range, finding.message, severity);
  }

  /** The fix's edits, each in the document (cell) it changes; worked out on first use, as the fix itself is. */
  get fixEdits(): readonly PlacedEdit[] {
    return (this.placed ??= this.place());
  }
}

interface Settings {
  enabled: boolean;
  severity: Record<string, Severity | 'off'>;
  defaultSeed: number;
}

function settings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('seedlab', scope);
  return {
    enabled: c.get<boolean>('lint.enabled', true),
    severity: c.get<Record<string, Severity | 'off'>>('lint.severity', {}),
    defaultSeed: c.get<number>('defaultSeed', 42),
  };
}

/** One document's (or notebook cell's) share of the joined source. */
interface Segment {
  readonly document: vscode.TextDocument;
  readonly offset: number;
  readonly length: number;
}

export class SeedLabDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('seedlab');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per-file parse trees, updated incrementally from the edits VS Code reports. */
  private readonly parsers = new Map<string, IncrementalParser>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        this.parsers.get(e.document.uri.toString())?.edit(e.contentChanges.map((c) => ({ from: c.rangeOffset, to: c.rangeOffset + c.rangeLength, insertLength: c.text.length })));
        this.schedule(e.document, 250);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.collection.delete(d.uri);
        this.parsers.delete(d.uri.toString());
      }),
      vscode.workspace.onDidCloseNotebookDocument((nb) => this.parsers.delete(nb.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('seedlab')) this.refreshAll(); }),
    );
    this.refreshAll();
  }

  refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (document.languageId !== 'python') return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); this.lint(document); }, delay));
  }

  /** The documents analysed together: all code cells of the cell's notebook, or just the file. */
  private segments(document: vscode.TextDocument, notebook: vscode.NotebookDocument | undefined): Segment[] {
    const docs = notebook
      ? notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code && c.document.languageId === 'python').map((c) => c.document)
      : [document];
    let offset = 0;
    return docs.map((d) => {
      const seg = { document: d, offset, length: d.getText().length };
      offset += seg.length + 1;
      return seg;
    });
  }

  lint(document: vscode.TextDocument): void {
    const cfg = settings(document.uri);
    const notebook = vscode.workspace.notebookDocuments.find((nb) => nb.getCells().some((c) => c.document === document));
    const segments = this.segments(document, notebook);
    if (!cfg.enabled) {
      for (const s of segments) this.collection.delete(s.document.uri);
      return;
    }
    const source = segments.map((s) => s.document.getText()).join('\n');
    // A file is re-parsed incrementally from the edits recorded for it; a notebook's joined cells
    // are parsed whole (cells come and go), but unchanged statements' facts are still reused.
    const single = notebook === undefined;
    const key = (notebook?.uri ?? document.uri).toString();
    const incremental = this.parsers.get(key) ?? new IncrementalParser();
    this.parsers.set(key, incremental);
    const tree = single ? incremental.parse(source) : undefined;
    const ignore = Object.entries(cfg.severity).filter(([, v]) => v === 'off').map(([k]) => k);
    const severity = Object.fromEntries(Object.entries(cfg.severity).filter(([, v]) => v !== 'off')) as Record<string, Severity>;
    const findings = lintSource(source, { ignore, severity, defaultSeed: cfg.defaultSeed, tree, cache: incremental.modelCache });
    const byDoc = new Map<vscode.TextDocument, vscode.Diagnostic[]>(segments.map((s) => [s.document, []]));
    const locate = (offset: number): { seg: Segment; pos: vscode.Position } => {
      const seg = segments.find((s) => offset >= s.offset && offset <= s.offset + s.length) ?? segments[segments.length - 1];
      return { seg, pos: seg.document.positionAt(offset - seg.offset) };
    };
    for (const f of findings) {
      const start = locate(f.from);
      const end = locate(f.to);
      const range = new vscode.Range(start.pos, end.seg === start.seg ? end.pos : start.seg.document.lineAt(start.pos.line).range.end);
      // Each edit goes to the cell holding it: SEED003's fix changes the worker's cell and the dispatching one.
      const place = (): PlacedEdit[] => (f.fix?.edits ?? []).map((e) => {
        const a = locate(e.from), b = locate(e.to);
        return { document: a.seg.document, range: new vscode.Range(a.pos, b.seg === a.seg ? b.pos : a.pos), insert: e.insert };
      });
      const diag = new SeedLabDiagnostic(range, f, start.seg.document, SEVERITY[f.severity], place);
      diag.source = 'SeedLab';
      diag.code = { value: f.code, target: vscode.Uri.parse(`${DOCS_BASE}/${f.code}.md`) };
      diag.relatedInformation = f.related?.map((r) => {
        const a = locate(r.from), b = locate(r.to);
        return new vscode.DiagnosticRelatedInformation(new vscode.Location(a.seg.document.uri, new vscode.Range(a.pos, b.seg === a.seg ? b.pos : a.pos)), r.message);
      });
      byDoc.get(start.seg.document)?.push(diag);
    }
    for (const [doc, diags] of byDoc) this.collection.set(doc.uri, diags);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
