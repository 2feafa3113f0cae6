import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './union-find.ts';

interface Ops {
  size: number;
  /** `kind[i]` is 1 for union(a[i], b[i]), 0 for connected(a[i], b[i]), 2 for reading `components`. */
  kind: Uint8Array;
  a: Int32Array;
  b: Int32Array;
}

/**
 * Folds one result (an integer) into the running digest. Each step is a bijection of the digest
 * for a given result and of the result for a given digest, so one different result anywhere
 * always changes the final digest; several leave it unchanged only by a 1-in-2^32 coincidence.
 */
function mix(digest: number, result: number): number {
  return Math.imul(digest ^ result, 0x01000193);
}

/** n/2 + 1 elements, n/2 unions chosen by `link(i)` for i = 1..n/2, then n/2 queries `connected(0, k)`. */
function chainThenQueries(n: number, link: (i: number) => [number, number], rng: { int(min: number, max: number): number }): Ops {
  const half = n >> 1;
  const size = half + 1;
  const kind = new Uint8Array(2 * half);
  const a = new Int32Array(2 * half);
  const b = new Int32Array(2 * half);
  for (let i = 0; i < half; i++) {
    kind[i] = 1;
    [a[i], b[i]] = link(i + 1);
  }
  for (let i = half; i < 2 * half; i++) {
    kind[i] = 0;
    a[i] = 0;
    b[i] = rng.int(0, size - 1);
  }
  return { size, kind, a, b };
}

/**
 * n = operations. `new UnionFind(n)`, then n/2 unions of random pairs interleaved with n/2
 * `connected` queries on random pairs. Most random unions succeed until the sets have merged,
 * and each success costs quick-find a full relabelling scan of n labels: O(n²) in total against
 * near O(n) for parent pointers with union by size and path compression.
 * The families are the other ways callers drive it: a loop that reads `components` after every
 * union (to stop once everything is connected; `run` reads it whenever the input says so), items
 * that join one growing set one at a time (each newcomer named first), and a chain of unions
 * followed by membership queries from the far end of the chain.
 */
export default defineBench<typeof Kata, Ops>({
  n: 'operations (size n, half unions, half connected queries)',
  inputName: 'random unions and connected queries',
  input: (n, rng) => {
    const kind = new Uint8Array(n);
    const a = new Int32Array(n);
    const b = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      kind[i] = i % 2 === 0 ? 1 : 0;
      a[i] = rng.int(0, n - 1);
      b[i] = rng.int(0, n - 1);
    }
    return { size: n, kind, a, b };
  },
  families: [
    {
      name: 'components read after every union',
      exposes: '`components` derived on demand by counting the roots, O(n) per read',
      input: (n, rng) => {
        const kind = new Uint8Array(n);
        const a = new Int32Array(n);
        const b = new Int32Array(n);
        for (let i = 0; i < n; i++) {
          kind[i] = i % 2 === 0 ? 1 : 2;
          a[i] = rng.int(0, n - 1);
          b[i] = rng.int(0, n - 1);
        }
        return { size: n, kind, a, b };
      },
    },
    {
      name: 'newcomers join one growing set',
      exposes: 'quick-find that moves the second argument\'s set whichever is bigger: the big set moves on every union',
      input: (n, rng) => chainThenQueries(n, (i) => [i, i - 1], rng),
    },
    {
      name: 'one long chain, then queries from its end',
      exposes: 'quick-union without union by size or path compression: a chain n/2 deep walked by every query',
      input: (n, rng) => chainThenQueries(n, (i) => [i - 1, i], rng),
    },
  ],
  // Every result is folded into one number, in order: what each `union` returned (a count of
  // the true `connected` answers alone would let a wrong `union` result, or two wrong answers
  // that cancel out, through), each `connected` answer and each `components` read. `find` is
  // not called: its representative is the implementation's choice.
  run: (impl, { size, kind, a, b }) => {
    const sets = new impl.UnionFind(size);
    let digest = 0;
    for (let i = 0; i < kind.length; i++) {
      const k = kind[i];
      if (k === 1) digest = mix(digest, sets.union(a[i]!, b[i]!) ? 1 : 0);
      else if (k === 0) digest = mix(digest, sets.connected(a[i]!, b[i]!) ? 1 : 0);
      else digest = mix(digest, sets.components);
    }
    return mix(digest, sets.components);
  },
  // One right answer per operation: the digests are equal.
  answersAgree: sameAnswer,
});
