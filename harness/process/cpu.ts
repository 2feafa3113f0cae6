/**
 * CPU time of a process and everything it started, read from outside it: the kernel's per-thread
 * accounting in `/proc/<pid>/task/<tid>/schedstat` (nanoseconds on the CPU, GC and compiler threads
 * included), summed over the process tree found through each task's `children` list. Nothing the
 * process does to its own clocks changes it. Linux only; null elsewhere or once the process is gone.
 */
import { readdirSync, readFileSync } from 'node:fs';

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** CPU time of `pid` and its descendants so far, ms, or null when /proc cannot tell. */
export function treeCpuMs(pid: number): number | null {
  let ns = 0;
  let seen = false;
  const pending = [pid];
  const visited = new Set<number>();
  while (pending.length > 0) {
    const at = pending.pop()!;
    if (visited.has(at)) continue;
    visited.add(at);
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${at}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      const stat = read(`/proc/${at}/task/${tid}/schedstat`);
      const onCpu = stat ? Number(stat.split(' ')[0]) : NaN;
      if (Number.isFinite(onCpu)) { ns += onCpu; seen = true; }
      for (const child of (read(`/proc/${at}/task/${tid}/children`) ?? '').split(' ')) if (child.trim()) pending.push(Number(child));
    }
  }
  return seen ? ns / 1e6 : null;
}
