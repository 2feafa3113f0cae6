/**
 * Argument checks citty leaves to us: unknown options and malformed values are user errors
 * (exit 2) with a message that names the value and the fix.
 */
import type { ArgsDef } from 'citty';
import { UserError } from '../base/errors.ts';

/** Throws on any `--option` the command does not declare (booleans also accept `--no-<name>`). */
export function rejectUnknownOptions(command: string, argsDef: ArgsDef, rawArgs: readonly string[]): void {
  const known = new Set<string>(['help', 'h']);
  for (const [name, def] of Object.entries(argsDef)) {
    if (def.type === 'positional') continue;
    known.add(name);
    if (def.type === 'boolean') known.add(`no-${name}`);
    const aliases = 'alias' in def && def.alias ? ([] as string[]).concat(def.alias) : [];
    for (const alias of aliases) known.add(alias);
  }
  for (const arg of rawArgs) {
    if (arg === '--') break;
    const match = /^--?([^=]+)/.exec(arg);
    if (!match || /^-\d/.test(arg)) continue;
    const name = match[1]!;
    if (!known.has(name)) {
      const options = [...known].filter((k) => k.length > 1 && !k.startsWith('no-')).map((k) => `--${k}`);
      throw new UserError(`Unknown option \`${arg}\` for \`kata ${command}\`. It takes: ${options.join(', ')}. Run \`kata ${command} --help\`.`);
    }
  }
}

/** `--seed` and friends: an integer, or a UserError naming the option and the value. */
export function integerOption(name: string, value: string | undefined, { min = -(2 ** 31), max = 2 ** 31 - 1 } = {}): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < min || number > max) {
    throw new UserError(`Expected \`--${name}\` to be an integer from ${min} to ${max}, got \`${value}\`.`);
  }
  return number;
}
