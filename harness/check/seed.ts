/** A fresh seed for a check; every command prints the one it used, so any run can be replayed. */
import { randomInt } from 'node:crypto';

export function newSeed(): number {
  return randomInt(0, 2 ** 31 - 1);
}
