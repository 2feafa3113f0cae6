import { defineBench } from '#kit';
import type * as Kata from './union-find.ts';

interface Ops {
  size: number;
  /** `kind[i]` is 1 for union(a[i], b[i]), 0 for connected(a[i], b[i]). */
  kind: Uint8Array;
  a: Int32Array;
  b: Int32Array;
}

/**
 * n = operations. `new UnionFind(n)`, then n/2 unions of random pairs interleaved with n/2
 * `connected` queries on random pairs. Most random unions succeed until the sets have merged,
 * and each success costs quick-find a full relabelling scan of n labels: O(n²) in total against
 * near O(n) for parent pointers with union by size and path compression.
 */
export default defineBench<typeof Kata, Ops>({
  n: 'operations (size n, half unions, half connected queries)',
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
  run: (impl, { size, kind, a, b }) => {
    const sets = new impl.UnionFind(size);
    let answers = 0;
    for (let i = 0; i < kind.length; i++) {
      if (kind[i] === 1) sets.union(a[i]!, b[i]!);
      else if (sets.connected(a[i]!, b[i]!)) answers++;
    }
    return answers + sets.components;
  },
});
