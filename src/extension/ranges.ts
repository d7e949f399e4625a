// The core's ranges (0-based lines, UTF-16 columns, as LSP) as VS Code's.

import * as vscode from 'vscode';
import type { Range } from '../core';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
