/**
 * The `kata` CLI: parse arguments, call a harness function that returns data, render it.
 * The one place that decides exit codes: 0 passed, 1 failures found, 2 usage or input errors.
 * Which commands exist, and what each is for, lives in registry.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { renderUsage, runCommand, type CommandDef } from 'citty';
import { closest, distance } from 'fastest-levenshtein';
import pc from 'picocolors';
import { UserError } from '../base/errors.ts';
import { ROOT } from '../base/paths.ts';
import { err, out, type ExitCode } from './command.ts';
import { rejectUnknownOptions } from './options.ts';
import { AUDIENCES, REGISTRY, commandPath, type Audience, type CommandEntry } from './registry.ts';

/**
 * The words `kata` takes first, each with the commands it reaches: every learner and league
 * command, and `dev` for the author tools. The old top-level author names still run, as aliases
 * for one release, but are not listed here (workflows.test.ts checks workflows call only these).
 */
export const COMMANDS: Readonly<Record<string, readonly CommandEntry[]>> = Object.fromEntries([
  ...REGISTRY.filter((entry) => !AUDIENCES[entry.audience].namespace).map((entry) => [entry.name, [entry]]),
  ['dev', REGISTRY.filter((entry) => entry.audience === 'author')],
]);

const ORDER: readonly Audience[] = ['learner', 'league', 'author'];

/** `name synopsis`, then the summary in a column `width` wide, one row per command. */
function commandTable(rows: readonly (readonly [string, string])[], width = columnWidth(rows)): string[] {
  return rows.map(([left, summary]) => `  ${left.padEnd(width)}${summary}`);
}
function columnWidth(rows: readonly (readonly [string, string])[]): number {
  return Math.max(...rows.map(([left]) => left.length)) + 2;
}
function synopsisLine(name: string, entry: CommandEntry): [string, string] {
  return [entry.synopsis ? `${name} ${entry.synopsis}` : name, entry.summary];
}

/** Grouped by audience, one column across the groups; author tools as `dev <tool>`. */
function rootHelp(): string {
  const line = (entry: CommandEntry) => synopsisLine(commandPath(entry), entry);
  const width = columnWidth(REGISTRY.map(line));
  const sections = ORDER.map((audience) =>
    [AUDIENCES[audience].title, ...commandTable(REGISTRY.filter((entry) => entry.audience === audience).map(line), width)].join('\n'));
  return `${pc.bold('kata')}: practise the algorithm patterns backend interviews test.

Usage: kata <command> [options]     (npx kata … from the workspace)

${sections.join('\n\n')}

Run \`kata <command> --help\` for a command's options, \`kata --version\` for the version.`;
}

function devHelp(): string {
  const tools = REGISTRY.filter((entry) => entry.audience === 'author');
  return `${pc.bold('kata dev')}: author tools, for writing katas and measuring the harness.

Usage: kata dev <tool> [options]

Tools:
${commandTable(tools.map((entry) => synopsisLine(entry.name, entry))).join('\n')}

Run \`kata dev <tool> --help\` for a tool's options.`;
}

/** The workspace's version, from its package.json (the one place it is written). */
function workspaceVersion(): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function isHelp(arg: string | undefined): boolean {
  return arg === '--help' || arg === '-h' || arg === 'help';
}

/** Colour follows picocolors (TTY, NO_COLOR, FORCE_COLOR); citty colours its usage by rules of its own. */
function plain(text: string): string {
  return pc.isColorSupported ? text : stripVTControlCharacters(text);
}

/** `Unknown command …`, suggesting the nearest command (top-level or `dev`) when it is close. */
function unknownCommand(typed: string, word: string, help: string, what: string): UserError {
  const candidates = new Map<string, string>([...REGISTRY.map((entry) => [entry.name, `kata ${commandPath(entry)}`] as const), ['dev', 'kata dev']]);
  const nearest = closest(word, [...candidates.keys()]);
  const hint = distance(word, nearest) <= 2 ? ` Did you mean \`${candidates.get(nearest)}\`?` : '';
  return new UserError(`Unknown command \`${typed}\`.${hint} Run \`${help}\` to see ${what}.`);
}

export async function main(argv: readonly string[]): Promise<ExitCode> {
  const [name, ...rest] = argv;
  let helpHint = 'kata --help';
  try {
    if (name === undefined) {
      err(rootHelp());
      return 2;
    }
    if (isHelp(name)) {
      out(rootHelp());
      return 0;
    }
    if (name === '--version' || name === '-v' || name === 'version') {
      out(`kata ${workspaceVersion()}`);
      return 0;
    }
    let entry: CommandEntry | undefined;
    let args: string[];
    if (name === 'dev') {
      const [tool, ...toolArgs] = rest;
      if (tool === undefined) {
        err(devHelp());
        return 2;
      }
      if (isHelp(tool)) {
        out(devHelp());
        return 0;
      }
      entry = REGISTRY.find((e) => e.audience === 'author' && e.name === tool);
      if (!entry) throw unknownCommand(`dev ${tool}`, tool, 'kata dev --help', 'the author tools');
      args = toolArgs;
    } else {
      entry = REGISTRY.find((e) => e.name === name);
      if (!entry) throw unknownCommand(name, name, 'kata --help', 'the commands');
      if (entry.audience === 'author') {
        err(pc.yellow(`\`kata ${name}\` is now \`kata ${commandPath(entry)}\`; the old name goes in the next release.`));
      }
      args = rest;
    }
    const path = commandPath(entry);
    helpHint = `kata ${path} --help`;
    const command = await describedCommand(entry);
    if (args.some((arg) => arg === '--help' || arg === '-h')) {
      const parent = { meta: { name: ['kata', AUDIENCES[entry.audience].namespace].filter(Boolean).join(' ') } };
      out(plain(await renderUsage(command, parent)));
      return 0;
    }
    const argsDef = typeof command.args === 'function' ? await command.args() : ((await command.args) ?? {});
    rejectUnknownOptions(path, argsDef, args);
    const { result } = await runCommand(command, { rawArgs: args });
    return (result as ExitCode | undefined) ?? 0;
  } catch (error) {
    if (error instanceof UserError) {
      err(pc.red(error.message));
      return error.exitCode as ExitCode;
    }
    if (error instanceof Error && error.name === 'CLIError') {
      err(pc.red(`${plain(error.message)}. Run \`${helpHint}\`.`));
      return 2;
    }
    err(pc.red('kata crashed: this is a bug in the harness, not in your code. Please report it with this output.'));
    err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}

/** The command module, with the registry's name and summary in its meta (citty's usage header shows them). */
async function describedCommand(entry: CommandEntry): Promise<CommandDef<any>> {
  const command = (await entry.load()).default;
  const meta = typeof command.meta === 'function' ? await command.meta() : await command.meta;
  return { ...command, meta: { ...meta, name: entry.name, description: entry.summary } };
}
