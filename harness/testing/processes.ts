/** Test support: has a process really ended? */
import { readdirSync, readFileSync } from 'node:fs';

/** Gone: no such process, or killed and only waiting for init to reap it (a zombie runs nothing). */
export function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z');
  } catch {
    return true;
  }
}

/** SIGKILL is delivered asynchronously: give the kernel a moment before calling a process alive. */
export async function goneSoon(pid: number): Promise<boolean> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (isGone(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** Every process on the machine (any PID namespace we can see into) whose command line holds `marker`, with its arguments. */
export function processesWithArg(marker: string): { pid: number; args: string[] }[] {
  const found: { pid: number; args: string[] }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').slice(0, -1);
      if (args.some((arg) => arg.includes(marker))) found.push({ pid: Number(entry), args });
    } catch {
      // ended meanwhile
    }
  }
  return found;
}
