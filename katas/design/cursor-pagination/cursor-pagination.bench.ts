import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './cursor-pagination.ts';

const PAGES = 100;
const LIMIT = 20;

/**
 * Folds one result (an integer) into the running digest. Each step is a bijection of the digest
 * for a given result and of the result for a given digest, so one different result anywhere
 * always changes the final digest; several leave it unchanged only by a 1-in-2^32 coincidence.
 */
function mix(digest: number, result: number): number {
  return Math.imul(digest ^ result, 0x01000193);
}

/** `mix` for an id: a non-negative safe integer, folded in as its low and high 32 bits. */
function mixId(digest: number, id: number): number {
  return mix(mix(digest, id | 0), Math.floor(id / 4294967296) | 0);
}

interface Input {
  items: { id: number }[];
  cursors: number[];
}

/**
 * n = number of items (even ids 0, 2, 4, ...). Each call serves a fixed batch of 100 pages of 20
 * items from cursors in the last quarter of the list, half of them odd numbers (ids that do not
 * exist, like a deleted cursor). The reference pays O(log n + 20) per page, so the batch grows
 * like log n; a solution that walks from the start to the cursor pays O(n) per page.
 * The family keeps the cursors and skews the ids: the last n / 64 items have ids past 10^15 (a
 * change of id scheme), so the ids are far from evenly spread over their range.
 */
export default defineBench<typeof Kata, Input>({
  n: 'items in the list (100 pages per call)',
  inputName: 'evenly spread ids',
  // Inputs are n objects each; past 2^18 items they only cost memory, not information.
  sizes: { kind: 'doubling', minN: 64, maxN: 1 << 18 },
  input: (n, rng) => {
    const items = Array.from({ length: n }, (_, i) => ({ id: 2 * i }));
    const from = Math.floor((3 * n) / 4);
    const cursors = Array.from({ length: PAGES }, () => 2 * rng.int(from, n - 1) + rng.int(0, 1));
    return { items, cursors };
  },
  families: [
    {
      name: 'skewed ids (the last items jump past 10^15)',
      exposes: 'a search that guesses positions from id values (interpolation), linear on skewed ids',
      input: (n, rng) => {
        const jumped = Math.max(1, n >> 6);
        const dense = n - jumped;
        const items = Array.from({ length: n }, (_, i) => ({ id: i < dense ? 2 * i : 1e15 + 2 * i }));
        const from = Math.min(Math.floor((3 * n) / 4), Math.max(0, dense - 1));
        const cursors = Array.from({ length: PAGES }, () => 2 * rng.int(from, Math.max(from, dense - 1)) + rng.int(0, 1));
        return { items, cursors };
      },
    },
  ],
  run: (impl, { items, cursors }) => {
    // Every page is folded into one number, in order: its length, the id of every item on it and
    // its nextCursor (-1 for null). A sum of lengths and cursors would not see a wrong item
    // inside a page. Ids past 2^32 (the skewed family) are folded in as two 32-bit halves.
    let digest = 0;
    for (const after of cursors) {
      const page = impl.paginate(items, { after, limit: LIMIT });
      digest = mix(digest, page.items.length);
      for (const item of page.items) digest = mixId(digest, item.id);
      digest = page.nextCursor === null ? mix(digest, -1) : mixId(digest, page.nextCursor);
    }
    return digest;
  },
  // One right page per cursor: the digests are equal.
  answersAgree: sameAnswer,
});
