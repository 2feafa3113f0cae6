/** Ends a child started with `detached: true` (supervisor.ts) and its whole process group: Vitest's workers, and any process learner code started without detaching it. */
import type { ChildProcess } from 'node:child_process';

export function killProcessGroup(child: ChildProcess): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}
