/**
 * The few questions the harness asks git about a workspace (a file as committed, the remote, a
 * pull): `git -C <root> <args>`, run synchronously, never reading the terminal.
 */
import { execFileSync } from 'node:child_process';

export interface GitOptions {
  /** Trim the output, and take an empty one as null (default: the output as git printed it). */
  trim?: boolean;
  /** The largest output kept, in bytes (default: Node's, 1 MiB); more fails the call. */
  maxBuffer?: number;
}

function run(args: readonly string[], root: string, stderr: 'ignore' | 'pipe', maxBuffer: number | undefined): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', stderr], ...(maxBuffer === undefined ? {} : { maxBuffer }) });
}

/** What `git -C <root> <args>` prints, or null when it fails (not a checkout, no such revision, no git); what git says on stderr is dropped. */
export function git(args: readonly string[], root: string, { trim = false, maxBuffer }: GitOptions = {}): string | null {
  try {
    const out = run(args, root, 'ignore', maxBuffer);
    return trim ? out.trim() || null : out;
  } catch {
    return null;
  }
}

/**
 * The same for a caller that words a failure: `ok`, and what git printed, or when it fails (or
 * exits non-zero, as `git diff --no-index` does when the files differ) its stderr then stdout, trimmed.
 */
export function gitOutcome(args: readonly string[], root: string): { ok: boolean; out: string } {
  try {
    return { ok: true, out: run(args, root, 'pipe', undefined) };
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    return { ok: false, out: `${e.stderr ?? ''}${e.stdout ?? ''}`.trim() || e.message };
  }
}
