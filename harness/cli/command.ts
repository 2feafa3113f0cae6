/** What every command module exports: citty's definition, whose `run` resolves to an exit code. */
import { defineCommand, type ArgsDef, type CommandDef } from 'citty';

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
