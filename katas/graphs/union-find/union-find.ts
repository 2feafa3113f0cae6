/**
 * Union-Find: a disjoint-set structure over the elements 0..size-1.
 * Read README.md for the rules and examples; run `npx kata check union-find` to test.
 */
import { NotImplemented } from '#kit';

/** Disjoint sets over the integers `0..size-1`, each element starting in a set of its own. */
export class UnionFind {
  /**
   * @param size how many elements there are (a non-negative integer); elements are `0..size-1`
   */
  constructor(size: number) {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('UnionFind constructor');
  }

  /**
   * The representative of `x`'s set: an element of that set, the same for every member, which
   * changes only when the set is merged with another.
   * @throws RangeError unless `x` is an integer in `0..size-1`
   */
  find(x: number): number {
    // TODO
    throw new NotImplemented('UnionFind.find');
  }

  /**
   * Merges the sets of `a` and `b`.
   * @returns `true` if they were in different sets, `false` if they were already joined
   * @throws RangeError unless both are integers in `0..size-1`
   */
  union(a: number, b: number): boolean {
    // TODO
    throw new NotImplemented('UnionFind.union');
  }

  /**
   * Whether `a` and `b` are in the same set.
   * @throws RangeError unless both are integers in `0..size-1`
   */
  connected(a: number, b: number): boolean {
    // TODO
    throw new NotImplemented('UnionFind.connected');
  }

  /** How many separate sets there are. */
  get components(): number {
    // TODO
    throw new NotImplemented('UnionFind.components');
  }
}
