/**
 * Which approaches miss the space target. An approach file stays `optimal-<how>.ts` when it meets
 * the TIME target (the time self-check keeps judging it as optimal); one that needs more memory
 * than the kata's space target says so in its header, on a line of its first doc comment:
 *   ` * space-heavy: keeps every row of the table where the answer needs only the last two …`
 * (read with the approach, catalogue/approaches.ts). The space check (`kata dev space-check`)
 * requires those to be flagged on space.
 */
import { approachesOf, type Approach } from '../../catalogue/approaches.ts';

/** A kata's approaches that declare they miss its space target, with the reason. */
export function spaceHeavyApproaches(id: string): (Approach & { spaceHeavy: string })[] {
  return approachesOf(id).flatMap((a) => (a.spaceHeavy ? [{ ...a, spaceHeavy: a.spaceHeavy }] : []));
}
