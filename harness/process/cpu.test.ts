/** CPU of a process tree, read from /proc: it counts the work of descendants and ignores sleeping. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { treeCpuMs } from './cpu.ts';

const busy = `const end = process.cpuUsage().user + 400_000; while (process.cpuUsage().user < end) {}`;
const exited = (child: ReturnType<typeof spawn>) => new Promise<void>((done) => child.on('exit', () => done()));

describe('treeCpuMs', () => {
  it('counts a grandchild\'s CPU under the process that started it, not time spent sleeping', async () => {
    // sh starts node (a child of sh) that spins for 400 ms of CPU, then sh sleeps.
    const sh = spawn('/bin/sh', ['-c', `"${process.execPath}" -e '${busy}'; sleep 0.3; true`], { stdio: 'ignore' });
    const start = treeCpuMs(sh.pid!)!;
    expect(start).toBeGreaterThanOrEqual(0);
    let most = 0;
    const poll = setInterval(() => { most = Math.max(most, treeCpuMs(sh.pid!) ?? 0); }, 20);
    await new Promise((done) => setTimeout(done, 650));
    clearInterval(poll);
    // node has ended by now (its CPU leaves the tree with it); the sleep that follows costs nothing.
    expect(most - start).toBeGreaterThanOrEqual(300);
    await exited(sh);
    expect(treeCpuMs(sh.pid!)).toBeNull();
  });
  it('is null for a process that does not exist', () => {
    expect(treeCpuMs(2 ** 22 + 17)).toBeNull();
  });
});
