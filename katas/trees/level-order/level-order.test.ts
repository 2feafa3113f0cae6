// Deterministic heavy examples use vitest's own `test`, which runs once; fast-check's `it` would
// repeat a plain example as a property numRuns times.
import { describe, expect, test } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import { levelOrder, type TreeNode } from './level-order.ts';
import meta from './meta.ts';

const node = (value: number, left: TreeNode | null = null, right: TreeNode | null = null): TreeNode => ({ value, left, right });

/** Every node, iteratively. */
function nodesOf(root: TreeNode | null): TreeNode[] {
  const out: TreeNode[] = [];
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    if (n.right) stack.push(n.right);
    if (n.left) stack.push(n.left);
  }
  return out;
}

/**
 * Independent oracle: a depth-first preorder walk (left before right) appending each value to
 * the row of its depth. Preorder meets the nodes of one depth in left-to-right order.
 */
function rowsByDepth(root: TreeNode | null): number[][] {
  const rows: number[][] = [];
  const stack: [TreeNode, number][] = root ? [[root, 0]] : [];
  while (stack.length > 0) {
    const [n, depth] = stack.pop()!;
    (rows[depth] ??= []).push(n.value);
    if (n.right) stack.push([n.right, depth + 1]);
    if (n.left) stack.push([n.left, depth + 1]);
  }
  return rows;
}

function freezeTree<T extends TreeNode | null>(root: T): T {
  for (const n of nodesOf(root)) Object.freeze(n);
  return root;
}

function snapshot(root: TreeNode | null): unknown {
  return root && { value: root.value, left: snapshot(root.left), right: snapshot(root.right) };
}

/**
 * Values from the whole domain: fractions, -0, values past 2^31 and near the largest double.
 * Small values stay common, so values repeat.
 */
const values = numbersOf(meta.domain['node.value']);

/**
 * Random trees: node i hangs under a random earlier node, on a random side, sliding down that
 * side to a free slot. Built fresh on every call.
 */
const trees = fc
  .tuple(fc.array(fc.tuple(fc.nat(), fc.boolean(), values), { maxLength: 40 }), values)
  .map(([steps, rootValue]) => {
    const nodes: TreeNode[] = [node(rootValue)];
    steps.forEach(([parent, right, value], i) => {
      let at = nodes[parent % (i + 1)]!;
      for (;;) {
        const next = right ? at.right : at.left;
        if (!next) break;
        at = next;
      }
      const child = node(value);
      if (right) at.right = child;
      else at.left = child;
      nodes.push(child);
    });
    return nodes[0]!;
  });

/** Chains that turn left or right at random: height = size. */
const chains = fc.tuple(values, fc.array(fc.tuple(fc.boolean(), values), { minLength: 1, maxLength: 60 })).map(([rootValue, steps]) => {
  const root = node(rootValue);
  let at = root;
  for (const [right, value] of steps) {
    const child = node(value);
    if (right) at.right = child;
    else at.left = child;
    at = child;
  }
  return root;
});

/** Complete trees of a given height, values numbered level by level: the answer is planted. */
function complete(height: number): TreeNode | null {
  if (height === 0) return null;
  const nodes = Array.from({ length: 2 ** height - 1 }, (_, i) => node(i));
  nodes.forEach((n, i) => {
    n.left = nodes[2 * i + 1] ?? null;
    n.right = nodes[2 * i + 2] ?? null;
  });
  return nodes[0]!;
}

describe('levelOrder examples', () => {
  it('returns [] for the empty tree', () => {
    expect(levelOrder(null)).toEqual([]);
  });
  it('returns one row for a single node', () => {
    expect(levelOrder(node(7))).toEqual([[7]]);
  });
  it('lists the classic example level by level', () => {
    expect(levelOrder(node(3, node(9), node(20, node(15), node(7))))).toEqual([[3], [9, 20], [15, 7]]);
  });
  it('orders a level left to right across different parents', () => {
    expect(levelOrder(node(1, node(2, null, node(4)), node(3, null, node(5))))).toEqual([[1], [2, 3], [4, 5]]);
    expect(levelOrder(node(1, node(2, node(4)), node(3, null, node(5))))).toEqual([[1], [2, 3], [4, 5]]);
    expect(levelOrder(node(1, node(2, null, node(4)), node(3, node(5))))).toEqual([[1], [2, 3], [4, 5]]);
  });
  it('gives a chain one value per level, whichever way it turns', () => {
    expect(levelOrder(node(1, node(2, node(3, node(4)))))).toEqual([[1], [2], [3], [4]]);
    expect(levelOrder(node(1, null, node(2, node(3, null, node(4)))))).toEqual([[1], [2], [3], [4]]);
  });
  it('lists repeated values, zeros and negatives', () => {
    expect(levelOrder(node(5, node(5), node(5)))).toEqual([[5], [5, 5]]);
    expect(levelOrder(node(0, node(-1), node(0, node(-2))))).toEqual([[0], [-1, 0], [-2]]);
  });
  it('copies every value exactly: fractions, values past 32 bits, -0', () => {
    expect(levelOrder(node(0.5, node(2 ** 32), node(-0)))).toEqual([[0.5], [2 ** 32, -0]]);
    expect(levelOrder(node(2 ** 31, node(-(2 ** 31) - 1, node(Number.MAX_VALUE)), node(1e-9)))).toEqual([[2 ** 31], [-(2 ** 31) - 1, 1e-9], [Number.MAX_VALUE]]);
  });
  it('handles a tree with one deep branch and one shallow branch', () => {
    expect(levelOrder(node(1, node(2), node(3, node(4, node(5, null, node(6))))))).toEqual([[1], [2, 3], [4], [5], [6]]);
  });
  test('lists a 12 000-deep chain, one value per row, without overflowing the stack', () => {
    const nodes = Array.from({ length: 12_000 }, (_, i) => node(i));
    nodes.forEach((n, i) => {
      if (i % 3 === 0) n.left = nodes[i + 1] ?? null;
      else n.right = nodes[i + 1] ?? null;
    });
    expect(levelOrder(freezeTree(nodes[0]!))).toEqual(nodes.map((n) => [n.value]));
  });
});

describe('levelOrder properties', () => {
  it.prop([trees])('puts every value in the row of its depth, left to right', (root) => {
    expect(levelOrder(freezeTree(root))).toEqual(rowsByDepth(root));
  });

  it.prop([chains])('gives tall chains one value per row', (root) => {
    expect(levelOrder(freezeTree(root))).toEqual(rowsByDepth(root));
  });

  it.prop([fc.integer({ min: 0, max: 9 })])('numbers a complete tree row by row', (height) => {
    const expected = Array.from({ length: height }, (_, d) => Array.from({ length: 2 ** d }, (_, i) => 2 ** d - 1 + i));
    expect(levelOrder(freezeTree(complete(height)))).toEqual(expected);
  });

  it.prop([trees])('lists every node exactly once', (root) => {
    const rows = levelOrder(freezeTree(root));
    expect(rows.every((row) => row.length > 0), 'no empty rows').toBe(true);
    expect(rows.flat().length, 'one value per node').toBe(nodesOf(root).length);
  });

  it.prop([trees])('does not modify the tree', (root) => {
    const before = snapshot(root);
    levelOrder(freezeTree(root));
    expect(snapshot(root)).toEqual(before);
  });
});
