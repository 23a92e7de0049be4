/** Quick fixes for SeedLab's diagnostics, and `source.fixAll.seedlab`. */
import * as vscode from 'vscode';
import { SeedLabDiagnostic } from './diagnostics';

function toEdit(diagnostic: SeedLabDiagnostic, edit = new vscode.WorkspaceEdit()): vscode.WorkspaceEdit {
  for (const e of diagnostic.fixEdits) edit.replace(e.document.uri, e.range, e.insert);
  return edit;
}

export const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('seedlab');

export class SeedLabCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d): d is SeedLabDiagnostic => d instanceof SeedLabDiagnostic && d.document === document);
    if (context.only?.contains(FIX_ALL) || context.only?.intersects(FIX_ALL)) return this.fixAll(document);
    return ours.filter((d) => d.finding.fix).map((d) => {
      const action = new vscode.CodeAction(d.finding.fix!.title, vscode.CodeActionKind.QuickFix);
      action.edit = toEdit(d);
      action.diagnostics = [d];
      action.isPreferred = true;
      return action;
    });
  }

  /** Applies every non-overlapping fix in the document. */
  private fixAll(document: vscode.TextDocument): vscode.CodeAction[] {
    const diags = vscode.languages.getDiagnostics(document.uri).filter((d): d is SeedLabDiagnostic => d instanceof SeedLabDiagnostic && !!d.finding.fix);
    if (diags.length === 0) return [];
    const edit = new vscode.WorkspaceEdit();
    let lastEnd = -1;
    // Offsets of the analysed source (a notebook's cells joined) order the fixes; their edits are in order.
    for (const d of diags.sort((a, b) => a.finding.fix!.edits[0].from - b.finding.fix!.edits[0].from)) {
      const fix = d.finding.fix!;
      if (fix.edits[0].from < lastEnd) continue;
      toEdit(d, edit);
      lastEnd = Math.max(...fix.edits.map((e) => e.to));
    }
    const action = new vscode.CodeAction('SeedLab: fix all', FIX_ALL);
    action.edit = edit;
    return [action];
  }
}
