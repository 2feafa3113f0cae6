import { describe, expect } from 'vitest';
import { paginate } from './cursor-pagination.ts';
import { deepFreeze, expectRangeError, fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';

interface Item {
  id: number;
  name: string;
}

const itemsOf = (ids: readonly number[]): Item[] => ids.map((id) => ({ id, name: `item ${id}` }));
const idsOf = (items: readonly { id: number }[]): number[] => items.map((item) => item.id);

/** The contract, transcribed: filter after the cursor, take `limit`, cursor iff something is left. */
function expectedPage(items: readonly Item[], after: number | null | undefined, limit: number) {
  const rest = items.filter((item) => after === undefined || after === null || item.id > after);
  const page = rest.slice(0, limit);
  return { page, nextCursor: rest.length > limit ? page[page.length - 1]!.id : null };
}

function expectPage(items: readonly Item[], options: { after?: number | null; limit: number }): void {
  const { page, nextCursor } = expectedPage(items, options.after, options.limit);
  const result = paginate(items, options);
  expect(idsOf(result.items), `page ids for ${JSON.stringify(options)}`).toEqual(idsOf(page));
  result.items.forEach((item, i) => expect(item, `page item ${i} is the original object`).toBe(page[i]));
  expect(result.nextCursor, `nextCursor for ${JSON.stringify(options)}`).toBe(nextCursor);
}

const FIVE = itemsOf([2, 4, 6, 8, 10]);

describe('paginate examples', () => {
  // Stated rules (README): `after` may be any number; null means no cursor; no cursor after the last page.
  it.each([
    [{ limit: 2 }, [2, 4], 4],
    [{ after: 4, limit: 2 }, [6, 8], 8],
    [{ after: 8, limit: 2 }, [10], null],
    [{ after: 6, limit: 2 }, [8, 10], null],
    [{ after: 5, limit: 2 }, [6, 8], 8],
    [{ after: 10, limit: 3 }, [], null],
    [{ after: 11, limit: 3 }, [], null],
    [{ after: -100, limit: 3 }, [2, 4, 6], 6],
    [{ after: null, limit: 5 }, [2, 4, 6, 8, 10], null],
    [{ after: undefined, limit: 4 }, [2, 4, 6, 8], 8],
    [{ after: 2, limit: 100 }, [4, 6, 8, 10], null],
    [{ after: 9, limit: 1 }, [10], null],
    [{ after: 0, limit: 1 }, [2], 2],
  ] as const)('pages %o of ids [2, 4, 6, 8, 10] as %o with cursor %o', (options, ids, cursor) => {
    const result = paginate(FIVE, options);
    expect(idsOf(result.items)).toEqual(ids);
    expect(result.nextCursor).toBe(cursor);
  });

  it('returns an empty last page for an empty list', () => {
    expect(paginate([], { limit: 10 })).toEqual({ items: [], nextCursor: null });
    expect(paginate([], { after: 3, limit: 1 })).toEqual({ items: [], nextCursor: null });
  });

  it('serves a single item', () => {
    const one = itemsOf([7]);
    expect(paginate(one, { limit: 1 })).toEqual({ items: one, nextCursor: null });
    expect(paginate(one, { after: 7, limit: 1 })).toEqual({ items: [], nextCursor: null });
    expect(paginate(one, { after: 6, limit: 1 }).items[0]).toBe(one[0]);
  });

  it('handles negative ids and a cursor between them', () => {
    const items = itemsOf([-9, -5, -1, 0, 3]);
    const result = paginate(items, { after: -6, limit: 2 });
    expect(idsOf(result.items)).toEqual([-5, -1]);
    expect(result.nextCursor).toBe(-1);
  });

  it('handles ids and cursors past 2^31 and 2^32, and at the ends of the safe range', () => {
    const big = itemsOf([2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 32, 2 ** 32 + 1]);
    expect(idsOf(paginate(big, { after: 2 ** 31, limit: 2 }).items)).toEqual([2 ** 31 + 1, 2 ** 32]);
    expect(paginate(big, { after: 2 ** 31, limit: 2 }).nextCursor).toBe(2 ** 32);
    expect(idsOf(paginate(big, { after: 2 ** 32, limit: 5 }).items)).toEqual([2 ** 32 + 1]);
    const ends = itemsOf([-Number.MAX_SAFE_INTEGER, 0, Number.MAX_SAFE_INTEGER]);
    expect(idsOf(paginate(ends, { after: -Number.MAX_SAFE_INTEGER, limit: 1 }).items)).toEqual([0]);
    expect(paginate(ends, { after: Number.MAX_SAFE_INTEGER - 1, limit: 1 })).toEqual({ items: [ends[2]], nextCursor: null });
    expect(paginate(ends, { limit: Number.MAX_SAFE_INTEGER }).items.length, 'a limit far beyond the list').toBe(3);
  });

  // Stated rule (README): a new array of the original objects.
  it('returns the original objects in a new array', () => {
    const items = itemsOf([1, 2, 3]);
    const result = paginate(items, { limit: 3 });
    expect(result.items).not.toBe(items);
    result.items.forEach((item, i) => expect(item).toBe(items[i]));
    result.items.pop();
    expect(items.length, 'changing the page does not change the list').toBe(3);
  });

  it('walks the whole list page by page, each item once', () => {
    const items = itemsOf([1, 3, 5, 7, 9, 11, 13]);
    const seen: number[] = [];
    let after: number | null = null;
    let pages = 0;
    do {
      const result: { items: Item[]; nextCursor: number | null } = paginate(items, { after, limit: 3 });
      seen.push(...idsOf(result.items));
      after = result.nextCursor;
      pages++;
    } while (after !== null && pages < 10);
    expect(seen).toEqual([1, 3, 5, 7, 9, 11, 13]);
    expect(pages).toBe(3);
  });

  it('rejects a limit that is not a positive integer', () => {
    for (const limit of [0, -1, 2.5, NaN, Infinity]) {
      expectRangeError(() => paginate(FIVE, { after: 4, limit }), `the error thrown for limit ${limit}`);
    }
  });
});

// Sorted distinct ids from the whole safe range (past 2^31, 2^32 and near ±(2^53 - 1) too; small
// ids are common, so cursors often hit, miss and fall between ids). -0 and 0 are one id.
const sortedItems = fc
  .uniqueArray(numbersOf(meta.domain['items[i].id']), { maxLength: 30, comparator: 'SameValueZero' })
  .map((ids) => itemsOf(ids.sort((a, b) => a - b)));
/** A cursor: absent, null, any safe integer, or (by index) an id in the list or one next to it. */
const cursorChoice = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.constant({ kind: 'null' as const }),
  numbersOf(meta.domain.after).map((n) => ({ kind: 'number' as const, n })),
  fc.nat().map((n) => ({ kind: 'existing' as const, n })),
  fc.tuple(fc.nat(), fc.constantFrom(-1, 1)).map(([n, step]) => ({ kind: 'next to' as const, n, step })),
);
type CursorChoice = typeof cursorChoice extends fc.Arbitrary<infer C> ? C : never;

function cursorFor(items: readonly Item[], choice: CursorChoice): number | null | undefined {
  switch (choice.kind) {
    case 'none':
      return undefined;
    case 'null':
      return null;
    case 'number':
      return choice.n;
    case 'existing':
      return items.length === 0 ? null : items[choice.n % items.length]!.id;
    case 'next to': {
      if (items.length === 0) return null;
      const next = items[choice.n % items.length]!.id + choice.step;
      return Math.max(-Number.MAX_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, next));
    }
  }
}

describe('paginate properties', () => {
  it.prop([sortedItems, cursorChoice, numbersOf(meta.domain.limit)])(
    'returns the first `limit` items after the cursor, and a cursor exactly when more follow',
    (items, choice, limit) => {
      const after = cursorFor(items, choice);
      expectPage(items, after === undefined ? { limit } : { after, limit });
    },
  );

  it.prop([sortedItems, numbersOf(meta.domain.limit)])(
    'visits every item exactly once when following nextCursor, with full pages except the last',
    (items, limit) => {
      const pages: number[][] = [];
      let after: number | null = null;
      do {
        const result: { items: Item[]; nextCursor: number | null } = paginate(items, { after, limit });
        pages.push(idsOf(result.items));
        after = result.nextCursor;
      } while (after !== null && pages.length <= items.length + 1);
      expect(pages.flat(), 'all pages together').toEqual(idsOf(items));
      pages.slice(0, -1).forEach((page, i) => expect(page.length, `page ${i} is full`).toBe(limit));
      expect(pages.length, 'number of pages').toBe(Math.max(1, Math.ceil(items.length / limit)));
    },
  );

  it.prop([sortedItems.filter((items) => items.length > 0), fc.nat(), numbersOf(meta.domain.limit)])(
    'continues correctly after the cursor item has been deleted',
    (items, pick, limit) => {
      const cursor = items[pick % items.length]!.id;
      const without = items.filter((item) => item.id !== cursor);
      const before = paginate(items, { after: cursor, limit });
      const after = paginate(without, { after: cursor, limit });
      expect(idsOf(after.items)).toEqual(idsOf(before.items));
      expect(after.nextCursor).toBe(before.nextCursor);
    },
  );

  it.prop([sortedItems, cursorChoice, numbersOf(meta.domain.limit)])('does not modify its input', (items, choice, limit) => {
    const copy = structuredClone(items);
    const frozen = deepFreeze(items);
    const after = cursorFor(frozen, choice);
    paginate(frozen, after === undefined ? { limit } : { after, limit });
    expect(items).toEqual(copy);
  });
});
