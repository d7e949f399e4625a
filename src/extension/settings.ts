// The extension's settings (`mops.*`), read fresh when needed so changes apply without a reload.

import * as vscode from 'vscode';

export interface Settings {
  enable: boolean;
  /** Re-check while typing (after `debounceMs` of quiet); otherwise on save only. */
  validateOnType: boolean;
  debounceMs: number;
  /** Files larger than this (bytes) are reported with `file/too-large` instead of checked. */
  maxFileSize: number;
  /** Where reports are written, relative to the playbook root unless absolute. */
  reportsOutputFolder: string;
}

export const SECTION = 'mops';

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const number = (key: string, fallback: number, min: number, max: number) => {
    const value = config.get<number>(key, fallback);
    return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
  };
  return {
    enable: config.get<boolean>('enable', true) !== false,
    validateOnType: config.get<boolean>('validate.onType', true) !== false,
    debounceMs: number('validate.debounceMs', 250, 0, 10_000),
    maxFileSize: number('maxFileSize', 1024 * 1024, 1024, 512 * 1024 * 1024),
    reportsOutputFolder: config.get<string>('reports.outputFolder', '') ?? '',
  };
}
