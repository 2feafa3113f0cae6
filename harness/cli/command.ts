/** What every command module exports: citty's definition, whose `run` resolves to an exit code. */
import { defineCommand, type ArgsDef, type CommandDef } from 'citty';
import pc from 'picocolors';
import { UserError } from '../base/errors.ts';
import { isSomeonesCode, type ImplTarget } from '../impl/impl.ts';
import { SANDBOX_FIX, sandboxStatus } from '../process/sandbox.ts';

export type ExitCode = 0 | 1 | 2;

export function kataCommand<const T extends ArgsDef>(def: CommandDef<T> & { run: NonNullable<CommandDef<T>['run']> }): CommandDef<T> {
  return defineCommand(def);
}

/** Writes a line to stdout. The CLI layer is the only place that prints. */
export function out(...texts: string[]): void {
  for (const text of texts) process.stdout.write(`${text}\n`);
}
export function err(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** One stderr line when someone's code is about to run without the sandbox (no usable bubblewrap). */
export function warnIfUnsandboxed(impl: ImplTarget): void {
  const status = sandboxStatus();
  if (status.available || !isSomeonesCode(impl)) return;
  err(pc.yellow(`warning: ${status.reason}, so this code runs unsandboxed (it can read and write your files): ${SANDBOX_FIX}.`));
}

/** `kata ci` judges other people's code: without the sandbox it refuses, unless told `--unsandboxed`. */
export function requireSandbox(unsandboxed: boolean | undefined): void {
  const status = sandboxStatus();
  if (status.available) return;
  if (!unsandboxed) throw new UserError(`kata ci runs every player's code in the sandbox, and ${status.reason}: ${SANDBOX_FIX}. To run without it anyway (your own code on a machine without bubblewrap), pass --unsandboxed.`);
  err(pc.yellow(`warning: --unsandboxed: ${status.reason}; the code runs as an ordinary process.`));
}
