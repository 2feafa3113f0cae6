import { defineBench, sameAnswer } from '#kit';
import type { Rng } from '#kit';
import type * as Kata from './validate-bst.ts';

/**
 * A complete tree of n nodes (filled level by level, left to right: node i's children are 2i + 1
 * and 2i + 2), every value 0 until assigned.
 */
function completeTree(n: number): Kata.TreeNode[] {
  const nodes: Kata.TreeNode[] = Array.from({ length: n }, () => ({ value: 0, left: null, right: null }));
  for (let i = 1; i < n; i++) {
    const parent = nodes[(i - 1) >> 1]!;
    if (i & 1) parent.left = nodes[i]!;
    else parent.right = nodes[i]!;
  }
  return nodes;
}

/** Strictly increasing values with random gaps, assigned in order: a valid BST. */
function assignInOrder(root: Kata.TreeNode, rng: Rng): void {
  const path: Kata.TreeNode[] = [];
  let value = rng.int(-1_000_000_000, 0);
  let at: Kata.TreeNode | null = root;
  while (at || path.length > 0) {
    while (at) {
      path.push(at);
      at = at.left;
    }
    const node = path.pop()!;
    value += rng.int(1, 1000);
    node.value = value;
    at = node.right;
  }
}

/**
 * n = number of nodes. The input is a tall valid BST: a single chain of n nodes turning left or
 * right at random, with values assigned in order, so the height is n. Recomputing each subtree's
 * minimum and maximum at every node then costs O(n·height) = O(n²); nothing fails early.
 *
 * The families change the shape and then the values:
 * - a complete valid BST, whose last level holds about n/2 nodes: a breadth-first queue drained
 *   with `shift()` holds that level, and V8 shifts an array in place only while it holds fewer
 *   than about 16 000 entries, moving the whole of it beyond. So the sizes start at 6 250 nodes
 *   and double up to the constraint's 10^5 (50 000 and 100 000 nodes queue well over the limit).
 * - a complete tree of distinct random values, which is not a BST: a validator stops at the first
 *   out-of-order pair, after O(height) work, while collecting and sorting every value first costs
 *   O(n log n). The reference's time barely grows here, so the sizes are capped at 10^5.
 */
export default defineBench<typeof Kata, Kata.TreeNode>({
  n: 'nodes (a tall valid BST, or a complete tree)',
  inputName: 'a tall valid BST',
  input: (n, rng) => {
    const nodes: Kata.TreeNode[] = Array.from({ length: n }, () => ({ value: 0, left: null, right: null }));
    // A node whose child is on the right precedes its whole subtree in order; on the left, it
    // follows it. So right-turning nodes take the smallest free values, left-turning the largest.
    let low = 0;
    let high = n - 1;
    for (let i = 0; i + 1 < n; i++) {
      if (rng.int(0, 1) === 1) {
        nodes[i]!.right = nodes[i + 1]!;
        nodes[i]!.value = low++;
      } else {
        nodes[i]!.left = nodes[i + 1]!;
        nodes[i]!.value = high--;
      }
    }
    nodes[n - 1]!.value = low;
    return nodes[0]!;
  },
  families: [
    {
      name: 'a complete valid BST',
      exposes: 'a breadth-first queue of bounds drained with shift() while it holds a whole level',
      sizes: { kind: 'doubling', minN: 6250, maxN: 100_000 },
      input: (n, rng) => {
        const root = completeTree(n)[0]!;
        assignInOrder(root, rng);
        return root;
      },
    },
    {
      name: 'a complete tree of random values (not a BST)',
      exposes: 'collecting and sorting every value before comparing, with no early exit at the first out-of-order pair',
      sizes: { kind: 'doubling', minN: 1024, maxN: 100_000 },
      input: (n, rng) => {
        const nodes = completeTree(n);
        const values = rng.shuffle(Array.from({ length: n }, (_, i) => i - (n >> 1)));
        for (let i = 0; i < n; i++) nodes[i]!.value = values[i]!;
        return nodes[0]!;
      },
    },
  ],
  run: (impl, root) => impl.isValidBst(root),
  answersAgree: sameAnswer,
});
