/** Ends a child started with `detached: true` and everything it started (Vitest's workers running learner code). */
import type { ChildProcess } from 'node:child_process';

export function killProcessGroup(child: ChildProcess): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}
