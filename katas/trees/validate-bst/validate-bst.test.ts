// Deterministic heavy examples use vitest's own `test`, which runs once; fast-check's `it` would
// repeat a plain example as a property numRuns times.
import { describe, expect, test } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { isValidBst, type TreeNode } from './validate-bst.ts';

const node = (value: number, left: TreeNode | null = null, right: TreeNode | null = null): TreeNode => ({ value, left, right });

/** Every node of a tree, iteratively (trees here can be 100 000 deep). */
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

/** In-order list of nodes, iteratively. */
function inOrder(root: TreeNode | null): TreeNode[] {
  const out: TreeNode[] = [];
  const stack: TreeNode[] = [];
  let current = root;
  while (current || stack.length > 0) {
    while (current) {
      stack.push(current);
      current = current.left;
    }
    current = stack.pop()!;
    out.push(current);
    current = current.right;
  }
  return out;
}

/** Independent oracle, the definition word for word: every left value < node < every right value. */
function bstByDefinition(root: TreeNode | null): boolean {
  return nodesOf(root).every(
    (n) => nodesOf(n.left).every((l) => l.value < n.value) && nodesOf(n.right).every((r) => r.value > n.value),
  );
}

/** A fresh copy with new nodes, iteratively. Arbitraries copy before they change anything, since
 * fast-check may hand the same generated tree to several derived values while shrinking. */
function cloneTree(root: TreeNode | null): TreeNode | null {
  if (!root) return null;
  const copy = node(root.value);
  const stack: [TreeNode, TreeNode][] = [[root, copy]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    if (from.left) stack.push([from.left, (to.left = node(from.left.value))]);
    if (from.right) stack.push([from.right, (to.right = node(from.right.value))]);
  }
  return copy;
}

function freezeTree<T extends TreeNode | null>(root: T): T {
  for (const n of nodesOf(root)) Object.freeze(n);
  return root;
}

/** A plain copy as nested data, to compare before and after. */
function snapshot(root: TreeNode | null): unknown {
  return root && { value: root.value, left: snapshot(root.left), right: snapshot(root.right) };
}

/**
 * Random shapes: node i hangs under a random earlier node, on a random side, sliding down that
 * side until a free slot. Shrinks towards small trees and left chains.
 */
const shapes = fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 40 }).map((steps) => {
  const nodes: TreeNode[] = [node(0)];
  steps.forEach(([parent, right], i) => {
    let at = nodes[parent % (i + 1)]!;
    const child = node(0);
    for (;;) {
      const next = right ? at.right : at.left;
      if (!next) break;
      at = next;
    }
    if (right) at.right = child;
    else at.left = child;
    nodes.push(child);
  });
  return nodes[0]!;
});

/** Chains that turn left or right at random: height = size. */
const chains = fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }).map((turns) => {
  const root = node(0);
  let at = root;
  for (const right of turns) {
    const child = node(0);
    if (right) at.right = child;
    else at.left = child;
    at = child;
  }
  return root;
});

/**
 * Values from the whole domain: fractions, -0, values past 2^31 and 2^53, near the largest
 * double, and neighbours such as 9 and 10 that sort the other way as text. Small values stay
 * common, so nearby and equal values meet.
 */
const values = numbersOf(meta.domain['node.value']);

/** 61 distinct values (-0 and 0 count as one, as they compare equal) in increasing order. */
const increasingValues = fc
  .uniqueArray(values, { minLength: 61, maxLength: 61, comparator: 'SameValueZero' })
  .map((distinct) => [...distinct].sort((x, y) => x - y));

/** Gives the tree's nodes, in order, strictly increasing values: a valid BST. */
function validBst(shape: fc.Arbitrary<TreeNode>) {
  return fc.tuple(shape, increasingValues).map(([shaped, sorted]) => {
    const root = cloneTree(shaped)!;
    const ordered = inOrder(root);
    const start = Math.floor((sorted.length - ordered.length) / 2);
    ordered.forEach((n, i) => (n.value = sorted[start + i]!));
    return root;
  });
}

/** Gives every node a random value: mostly invalid, sometimes valid by chance. */
function randomValues(shape: fc.Arbitrary<TreeNode>) {
  return fc.tuple(shape, fc.array(values, { minLength: 61, maxLength: 61 })).map(([shaped, pool]) => {
    const root = cloneTree(shaped)!;
    nodesOf(root).forEach((n, i) => (n.value = pool[i]!));
    return root;
  });
}

/**
 * A valid BST with one node's value replaced, by another node's value shifted a little or by any
 * value of the domain: invalid exactly when the oracle says so.
 */
function oneValueChanged(shape: fc.Arbitrary<TreeNode>) {
  const replacement = fc.oneof(
    fc.tuple(fc.nat(), fc.constantFrom(-2, -1, -0.5, 0, 0.5, 1, 2)).map(([from, shift]) => (present: number[]) => present[from % present.length]! + shift),
    values.map((value) => () => value),
  );
  return fc.tuple(validBst(shape), fc.nat(), replacement).map(([valid, which, replace]) => {
    const root = cloneTree(valid)!;
    const all = nodesOf(root);
    all[which % all.length]!.value = replace(all.map((n) => n.value));
    return root;
  });
}

/** A valid BST in which one node copies the value of its in-order neighbour: always invalid. */
function withDuplicate(shape: fc.Arbitrary<TreeNode>) {
  return fc.tuple(validBst(shape), fc.nat(), fc.boolean()).filter(([root]) => root.left !== null || root.right !== null).map(([valid, which, takeNext]) => {
    const root = cloneTree(valid)!;
    const ordered = inOrder(root);
    const i = which % (ordered.length - 1);
    if (takeNext) ordered[i]!.value = ordered[i + 1]!.value;
    else ordered[i + 1]!.value = ordered[i]!.value;
    return root;
  });
}

/**
 * A chain of `size` nodes, 100 000 deep, valid except its deepest node, which breaks the root's
 * bound. Only a solution that reaches the bottom can say false, so it must not recurse.
 */
function deepChainBrokenAtTheBottom(size: number, turn: (depth: number) => 'left' | 'right'): TreeNode {
  const nodes = Array.from({ length: size }, () => node(0));
  let low = 0;
  let high = size - 1;
  for (let i = 0; i + 1 < size; i++) {
    if (turn(i) === 'right') {
      nodes[i]!.right = nodes[i + 1]!;
      nodes[i]!.value = low++;
    } else {
      nodes[i]!.left = nodes[i + 1]!;
      nodes[i]!.value = high--;
    }
  }
  nodes[size - 1]!.value = low;
  // The root is the smallest value (turns right) or the largest (turns left): put one beyond it at the bottom.
  const rootTurnsRight = turn(0) === 'right';
  const intruder = node(rootTurnsRight ? -1 : size);
  if (rootTurnsRight) nodes[size - 1]!.left = intruder;
  else nodes[size - 1]!.right = intruder;
  return nodes[0]!;
}

describe('isValidBst examples', () => {
  it('accepts the empty tree', () => {
    expect(isValidBst(null)).toBe(true);
  });
  it('accepts a single node', () => {
    expect(isValidBst(node(7))).toBe(true);
  });
  it('accepts a small BST', () => {
    expect(isValidBst(node(2, node(1), node(3)))).toBe(true);
  });
  it('rejects a right child smaller than its parent', () => {
    expect(isValidBst(node(5, node(1), node(4, node(3), node(6))))).toBe(false);
  });
  it('rejects a deeper node that breaks an ancestor\'s bound even though it fits its parent', () => {
    expect(isValidBst(node(5, node(1), node(6, node(4), node(7)))), '4 sits in the right subtree of 5').toBe(false);
    expect(isValidBst(node(5, node(2, node(1), node(6)), node(8))), '6 sits in the left subtree of 5').toBe(false);
  });
  it('rejects duplicates on either side', () => {
    expect(isValidBst(node(2, node(2)))).toBe(false);
    expect(isValidBst(node(2, null, node(2)))).toBe(false);
    expect(isValidBst(node(5, node(3, null, node(5)))), 'a duplicate deep in the left subtree').toBe(false);
  });
  it('handles zero and negative values', () => {
    expect(isValidBst(node(0, node(-1)))).toBe(true);
    expect(isValidBst(node(-5, node(-10), node(-1)))).toBe(true);
    expect(isValidBst(node(-2, null, node(0, node(-1))))).toBe(true);
    expect(isValidBst(node(0, null, node(-1)))).toBe(false);
  });
  it('handles the extremes of the safe-integer range', () => {
    expect(isValidBst(node(0, node(Number.MIN_SAFE_INTEGER), node(Number.MAX_SAFE_INTEGER)))).toBe(true);
    expect(isValidBst(node(Number.MIN_SAFE_INTEGER, null, node(Number.MAX_SAFE_INTEGER)))).toBe(true);
    expect(isValidBst(node(Number.MAX_SAFE_INTEGER, node(Number.MIN_SAFE_INTEGER)))).toBe(true);
  });
  it('compares fractions, values past 32 bits and huge values as numbers', () => {
    expect(isValidBst(node(1, node(0.5), node(1.5)))).toBe(true);
    expect(isValidBst(node(1, node(0.5, null, node(1.25))))).toBe(false);
    expect(isValidBst(node(9, node(2), node(10, null, node(100))))).toBe(true);
    expect(isValidBst(node(2 ** 31, node(2 ** 31 - 1), node(2 ** 32)))).toBe(true);
    expect(isValidBst(node(2 ** 31, null, node(-(2 ** 31))))).toBe(false);
    expect(isValidBst(node(0, node(-Number.MAX_VALUE), node(Number.MAX_VALUE, node(1e300))))).toBe(true);
    expect(isValidBst(node(Number.MIN_VALUE, node(0), node(2 ** 53 + 2, node(2 ** 53))))).toBe(true);
  });
  it('treats -0 and 0 as the same value', () => {
    expect(isValidBst(node(0, node(-0)))).toBe(false);
    expect(isValidBst(node(-0, null, node(0)))).toBe(false);
    expect(isValidBst(node(-0, node(-1), node(1)))).toBe(true);
  });
  it('accepts degenerate chains', () => {
    expect(isValidBst(node(1, null, node(2, null, node(3, null, node(4)))))).toBe(true);
    expect(isValidBst(node(4, node(3, node(2, node(1)))))).toBe(true);
    expect(isValidBst(node(1, null, node(4, node(2, null, node(3)))))).toBe(true);
  });
  test('checks a 100 000-deep right-leaning chain without overflowing the stack', () => {
    expect(isValidBst(deepChainBrokenAtTheBottom(100_000, () => 'right'))).toBe(false);
  });
  test('checks a 100 000-deep left-leaning chain without overflowing the stack', () => {
    expect(isValidBst(deepChainBrokenAtTheBottom(100_000, () => 'left'))).toBe(false);
  });
  test('checks a 100 000-deep zigzag without overflowing the stack', () => {
    expect(isValidBst(deepChainBrokenAtTheBottom(100_000, (depth) => (depth % 2 === 0 ? 'right' : 'left')))).toBe(false);
  });
});

describe('isValidBst properties', () => {
  it.prop([validBst(shapes)])('accepts every tree whose in-order values strictly increase', (root) => {
    expect(isValidBst(freezeTree(root))).toBe(true);
  });

  it.prop([validBst(chains)])('accepts tall chains whose in-order values strictly increase', (root) => {
    expect(isValidBst(freezeTree(root))).toBe(true);
  });

  it.prop([withDuplicate(shapes)])('rejects a tree with a duplicated value', (root) => {
    expect(isValidBst(freezeTree(root))).toBe(false);
  });

  it.prop([oneValueChanged(shapes)])('agrees with the definition when one value of a BST is changed', (root) => {
    expect(isValidBst(freezeTree(root))).toBe(bstByDefinition(root));
  });

  it.prop([oneValueChanged(chains)])('agrees with the definition on tall chains with one value changed', (root) => {
    expect(isValidBst(freezeTree(root))).toBe(bstByDefinition(root));
  });

  it.prop([randomValues(shapes)])('agrees with the definition on trees with random values', (root) => {
    expect(isValidBst(freezeTree(root))).toBe(bstByDefinition(root));
  });

  it.prop([fc.oneof(validBst(shapes), oneValueChanged(shapes))])('does not modify the tree', (root) => {
    const before = snapshot(root);
    isValidBst(freezeTree(root));
    expect(snapshot(root)).toEqual(before);
  });
});
