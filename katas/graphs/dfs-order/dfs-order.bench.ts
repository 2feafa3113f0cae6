import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './dfs-order.ts';

/**
 * n = number of nodes. A comb: a long path p0 → p1 → … of n/2 nodes, searched from p0, in which
 * every path node also lists a leaf of its own after the next path node. The search runs n/2
 * levels deep before it visits any leaf, so up to n/2 leaves wait as pending work while it
 * descends. A solution that searches its pending list (or a visited list) linearly pays for
 * that on every step, O(n²); one with a set and an explicit (node, index) stack stays O(n).
 * Node names are shuffled so that repeated inputs differ.
 * The family is a hub: the start lists every other node, in descending name order (an index
 * listed newest first). The search returns to the hub after each leaf, and each leaf it visits
 * sorts before every node visited so far: the worst case of a sorted visited array too, though
 * its front inserts are memmoves that stay a few times the reference's cost up to n ≈ 16 000.
 */
export default defineBench<typeof Kata, { graph: Kata.Graph; start: string }>({
  n: 'nodes (a comb: a path of n/2 nodes, each with a leaf)',
  inputName: 'a comb, shuffled names',
  input: (n, rng) => {
    const half = Math.max(1, Math.floor(n / 2));
    const ids = rng.shuffle(Array.from({ length: 2 * half }, (_, i) => i));
    const path = ids.slice(0, half).map((id) => `v${id}`);
    const leaves = ids.slice(half).map((id) => `v${id}`);
    const graph: Record<string, string[]> = {};
    for (let i = 0; i < half; i++) graph[path[i]!] = i + 1 < half ? [path[i + 1]!, leaves[i]!] : [leaves[i]!];
    return { graph, start: path[0]! };
  },
  families: [
    {
      name: 'a hub listing every node, names descending',
      exposes: 'a stack without a cursor that rescans the hub\'s list from the start on every return: O(n) per leaf',
      input: (n, rng) => {
        const width = String(n).length;
        const offset = rng.int(0, 9);
        const leaves: string[] = [];
        for (let i = n - 1; i >= 1; i--) leaves.push(`item${String(i).padStart(width, '0')}${offset}`);
        const hub = `index${offset}`;
        return { graph: { [hub]: leaves }, start: hub };
      },
    },
  ],
  run: (impl, { graph, start }) => impl.dfsOrder(graph, start),
  answersAgree: sameAnswer,
});
