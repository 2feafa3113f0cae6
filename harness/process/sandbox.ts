/**
 * The sandbox every process that runs learner or player code starts in (supervisor.ts): bubblewrap
 * with a fresh mount namespace that holds the system's read-only `/usr`, the Node binary and the
 * paths its caller names (read-only; never `.git/`, `.kata/`, `solutions/` unless named), a private
 * scratch `/tmp`, no network, a new PID namespace (every descendant dies with it), a new session,
 * an environment with nothing but PATH and HOME, and a cgroup for memory (off-heap too) and
 * process count when one can be made. A bubblewrap that fails its start-up probe counts as missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, rmdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface SandboxSpec {
  /** Files and directories the code may read, mounted read-only at the same path. Missing ones are skipped. */
  readOnly: readonly string[];
  /** Memory of everything in the sandbox, heap and off-heap, MiB. */
  memoryMb: number;
  /** Tasks (processes and threads) at once. */
  maxTasks: number;
  /** Directories the code may also write (e.g. the FIFOs of the solution's process), at the same path. */
  writable?: readonly string[];
  /**
   * A sandbox inside another (the solution's process, started from the sandboxed test process): no
   * /proc of its own can be mounted there, so it gets none, and it sees no process outside itself.
   */
  nested?: boolean;
}

export type SandboxStatus =
  | { available: true; bwrap: string }
  | { available: false; reason: string };

/** How a learner installs what is missing, named in every warning and refusal. */
export const SANDBOX_FIX = 'install bubblewrap (Debian/Ubuntu: `sudo apt-get install -y bubblewrap`; on Ubuntu 24.04 also `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`)';

/** Environment of sandboxed code: enough for Node, nothing of the user's (no tokens, no paths). */
export const SANDBOX_ENV: Readonly<Record<string, string>> = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/tmp', LANG: 'C.UTF-8' };

let probed: SandboxStatus | null = null;

/** Is bubblewrap here and able to make the namespaces we ask for? Probed once per process. */
export function sandboxStatus(): SandboxStatus {
  if (probed) return probed;
  const bwrap = ['/usr/bin/bwrap', '/usr/local/bin/bwrap', '/bin/bwrap'].find((file) => existsSync(file));
  if (!bwrap) return (probed = { available: false, reason: 'bubblewrap (bwrap) is not installed' });
  const probe = spawnSync(bwrap, [...systemMounts(), '--unshare-all', '--die-with-parent', '--new-session', '--', process.execPath, '-e', 'process.exit(7)'], { env: SANDBOX_ENV, timeout: 10_000, encoding: 'utf8' });
  if (probe.status !== 7) {
    const why = (probe.stderr || probe.error?.message || `exit ${probe.status}`).trim().split('\n')[0];
    return (probed = { available: false, reason: `bubblewrap failed its start-up probe (${why})` });
  }
  return (probed = { available: true, bwrap });
}

/** The system, read-only: merged-/usr symlinks kept as symlinks, and the Node binary's own prefix when it lives elsewhere. */
function systemMounts(): string[] {
  const args = ['--ro-bind', '/usr', '/usr'];
  for (const top of ['/bin', '/lib', '/lib64', '/sbin']) {
    if (!existsSync(top)) continue;
    if (lstatSync(top).isSymbolicLink()) args.push('--symlink', readlinkSync(top), top);
    else args.push('--ro-bind', top, top);
  }
  for (const file of ['/etc/ld.so.cache', '/etc/localtime']) if (existsSync(file)) args.push('--ro-bind', file, file);
  const node = realpathSync(process.execPath);
  if (!node.startsWith('/usr/')) {
    // e.g. /opt/hostedtoolcache/node/20.x/x64/bin/node: the whole prefix (lib/ holds nothing it needs, but is small).
    const prefix = path.dirname(path.dirname(node));
    args.push('--ro-bind', prefix, prefix);
  }
  return args;
}

/**
 * The caller's read-only paths, parents before children, each once. A symlinked path (a workspace
 * copy's node_modules) is mounted at its own path and at its target, since module resolution
 * follows links to the target.
 */
function workspaceMounts(readOnly: readonly string[]): string[] {
  const places = new Map<string, string>();
  for (const wanted of readOnly) {
    if (!existsSync(wanted)) continue;
    const real = realpathSync(wanted);
    places.set(wanted, real);
    places.set(real, real);
  }
  return [...places.keys()].sort().flatMap((at) => ['--ro-bind', places.get(at)!, at]);
}

/** A cgroup that holds the sandbox: joined before bubblewrap starts, so nothing escapes its limits. */
export interface Cgroup {
  /** `cgroup.procs` files to write the starting shell's pid into. */
  procs: string[];
  kind: 'cgroup v1' | 'cgroup v2';
  /** Did anything in it run into the memory limit? Read before `remove`. */
  hitMemoryLimit(): boolean;
  /**
   * CPU time of everything in it so far, ms (all threads and processes, read by the kernel's
   * accounting from outside), or null where the hierarchy has no CPU accounting.
   */
  cpuMs(): number | null;
  remove(): void;
}

let serial = 0;

function tryWrite(file: string, value: string): boolean {
  try {
    writeFileSync(file, value);
    return true;
  } catch {
    return false;
  }
}

function readOr(file: string, fallback: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function removeDirs(dirs: readonly string[]): void {
  for (const dir of dirs) {
    try {
      rmdirSync(dir);
    } catch {
      // still has tasks for a moment after a kill, or already gone; a later run removes nothing of it, the kernel frees it once empty
    }
  }
}

/** The v1 CPU accounting hierarchy (`cpuacct`, alone or mounted together with `cpu`), if any. */
function cpuacctRoot(): string | null {
  for (const dir of ['/sys/fs/cgroup/cpuacct', '/sys/fs/cgroup/cpu,cpuacct', '/sys/fs/cgroup/cpuacct,cpu']) {
    if (existsSync(`${dir}/cpuacct.usage`)) return dir;
  }
  return null;
}

/** v1 (memory and pids hierarchies, as on these machines) or v2 (a writable subtree of our own cgroup), else null. */
export function makeCgroup(spec: SandboxSpec): Cgroup | null {
  const name = `kata-${process.pid}-${++serial}`;
  const bytes = String(spec.memoryMb * 1024 * 1024);
  if (existsSync('/sys/fs/cgroup/memory/cgroup.procs') && existsSync('/sys/fs/cgroup/pids/cgroup.procs')) {
    const memory = `/sys/fs/cgroup/memory/${name}`;
    const pids = `/sys/fs/cgroup/pids/${name}`;
    const accounting = cpuacctRoot();
    let cpu: string | null = accounting && `${accounting}/${name}`;
    try {
      mkdirSync(memory);
      mkdirSync(pids);
    } catch {
      removeDirs([memory, pids]);
      return null;
    }
    try {
      if (cpu) mkdirSync(cpu);
    } catch {
      cpu = null;
    }
    const ok = tryWrite(`${memory}/memory.limit_in_bytes`, bytes) && tryWrite(`${pids}/pids.max`, String(spec.maxTasks));
    if (existsSync(`${memory}/memory.memsw.limit_in_bytes`)) tryWrite(`${memory}/memory.memsw.limit_in_bytes`, bytes);
    const dirs = [memory, pids, ...(cpu ? [cpu] : [])];
    if (!ok) { removeDirs(dirs); return null; }
    return {
      kind: 'cgroup v1', procs: dirs.map((dir) => `${dir}/cgroup.procs`),
      hitMemoryLimit: () => Number(readOr(`${memory}/memory.failcnt`, '0')) > 0,
      cpuMs: () => {
        const ns = cpu ? Number(readOr(`${cpu}/cpuacct.usage`, 'NaN')) : NaN;
        return Number.isFinite(ns) ? ns / 1e6 : null;
      },
      remove: () => removeDirs(dirs),
    };
  }
  if (existsSync('/sys/fs/cgroup/cgroup.controllers')) {
    const own = readFileSync('/proc/self/cgroup', 'utf8').split('\n').find((line) => line.startsWith('0::'))?.slice(3);
    if (!own) return null;
    const dir = path.join('/sys/fs/cgroup', own, name);
    try {
      mkdirSync(dir);
    } catch {
      return null;
    }
    const ok = tryWrite(`${dir}/memory.max`, bytes) && tryWrite(`${dir}/pids.max`, String(spec.maxTasks)) && tryWrite(`${dir}/memory.swap.max`, '0');
    if (!ok) { removeDirs([dir]); return null; }
    return {
      kind: 'cgroup v2', procs: [`${dir}/cgroup.procs`],
      hitMemoryLimit: () => /^(oom|oom_kill) [1-9]/m.test(readOr(`${dir}/memory.events`, '')),
      cpuMs: () => {
        const usec = /^usage_usec (\d+)$/m.exec(readOr(`${dir}/cpu.stat`, ''))?.[1];
        return usec === undefined ? null : Number(usec) / 1000;
      },
      remove: () => removeDirs([dir]),
    };
  }
  return null;
}

/** The command that starts `command` in the sandbox: a shell that joins the cgroup, then becomes bubblewrap. */
export function sandboxCommand(status: Extract<SandboxStatus, { available: true }>, spec: SandboxSpec, cgroup: Cgroup | null, command: readonly string[]): { file: string; args: string[] } {
  const bwrap = [
    status.bwrap,
    ...systemMounts(),
    '--tmpfs', '/tmp',
    // tsx's compile cache, read-only: faster starts, and nothing the code writes reaches a later run.
    ...workspaceMounts([...spec.readOnly, path.join(os.tmpdir(), `tsx-${process.getuid?.() ?? 0}`)]),
    ...(spec.writable ?? []).flatMap((dir) => ['--bind', dir, dir]),
    ...(spec.nested ? [] : ['--proc', '/proc']), '--dev', '/dev',
    '--unshare-all', '--die-with-parent', '--new-session',
    '--chdir', '/tmp',
    '--', ...command,
  ];
  if (!cgroup) return { file: bwrap[0]!, args: bwrap.slice(1) };
  const join = cgroup.procs.map((file, i) => `echo $$ > "$${i + 1}"`).join(' && ');
  return { file: '/bin/sh', args: ['-c', `${join} && shift ${cgroup.procs.length} && exec "$@"`, 'kata-sandbox', ...cgroup.procs, ...bwrap] };
}
