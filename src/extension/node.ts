import type * as vscode from 'vscode';
import { activateSeedLab } from './activate';

export function activate(context: vscode.ExtensionContext): void {
  activateSeedLab(context, { platform: 'node' });
}

export function deactivate(): void {}
