/**
 * Who may play in a league: the one rule for player names (a GitHub login, optionally with a
 * `[bot]` suffix, which is dropped) and for a league's players file. A name ends up in file
 * paths, artifact names and workflow steps, so anything else is refused before any work.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../base/errors.ts';

/** A GitHub login: letters, digits, `.`, `_`, `-`, starting with a letter or digit, at most 39 characters. */
export const PLAYER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,38}$/;
export const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

/** The player name to use, or a UserError naming the value and the rule. */
export function checkPlayerName(raw: string): string {
  const name = raw.trim().replace(/\[bot\]$/, '');
  if (!PLAYER_NAME.test(name) || name === '.' || name.includes('..')) {
    throw new UserError(`Expected \`--player\` to be a GitHub login (letters, digits, \`.\`, \`_\`, \`-\`; up to 39 characters, starting with a letter or digit), got \`${raw}\`.`);
  }
  return name;
}

const playersSchema = z.array(z.object({ name: z.string(), repository: z.string() }).strict()).min(1);
export type Player = z.infer<typeof playersSchema>[number];

/** A league's players file, every name and repository checked, no name twice. */
export function readPlayers(file: string): Player[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(`${file}: not a readable JSON players file (${(error as Error).message}).`);
  }
  const parsed = playersSchema.safeParse(raw);
  if (!parsed.success) throw new UserError(`${file}: expected [{ "name": "...", "repository": "owner/repo" }, ...] (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message}).`);
  const seen = new Set<string>();
  return parsed.data.map((p) => {
    const name = checkPlayerName(p.name);
    if (seen.has(name)) throw new UserError(`${file}: player \`${name}\` is listed twice.`);
    seen.add(name);
    if (!REPOSITORY.test(p.repository)) throw new UserError(`${file}: player \`${name}\` has repository \`${p.repository}\`; expected owner/name.`);
    return { name, repository: p.repository };
  });
}
