/**
 * A throwaway copy of this workspace for end-to-end tests that write katas, state or scaffolds:
 * harness, templates and content are copied, node_modules is linked. The real workspace is never touched.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, WORKSPACE_ENTRIES, workspacePaths } from '../base/paths.ts';

export function copyWorkspace(source = ROOT): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-workspace-'));
  for (const entry of WORKSPACE_ENTRIES) {
    cpSync(path.join(source, entry), path.join(dir, entry), { recursive: true, filter: (src) => !src.includes(`${path.sep}.kata`) });
  }
  symlinkSync(workspacePaths(ROOT).nodeModules, workspacePaths(dir).nodeModules, 'dir');
  return dir;
}

/** argv that runs the copy's own kata CLI. */
export function kataArgv(workspace: string, ...args: string[]): string[] {
  return ['--import', 'tsx', path.join(workspace, 'harness', 'cli', 'entry.ts'), ...args];
}
