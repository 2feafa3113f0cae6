// Deterministic heavy examples use vitest's own `test`, which runs once; fast-check's `it` would
// repeat a plain example as a property numRuns times.
import { describe, expect, test } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { deserialize, serialize, type TreeNode } from './serialize-tree.ts';

const node = (value: number, left: TreeNode | null = null, right: TreeNode | null = null): TreeNode => ({ value, left, right });

/** Every node, iteratively (trees here can be 100 000 deep). */
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

function freezeTree<T extends TreeNode | null>(root: T): T {
  for (const n of nodesOf(root)) Object.freeze(n);
  return root;
}

/** Nested plain data for before/after comparisons (small trees only). */
function snapshot(root: TreeNode | null): unknown {
  return root && { value: root.value, left: snapshot(root.left), right: snapshot(root.right) };
}

/**
 * Structural equality, iteratively, reporting the first difference by its path from the root
 * (L/R steps), so a failure on a 100 000-deep tree still reads well. Values are compared with
 * `===`, as the README says: a -0 may come back as 0.
 */
function expectSameTree(actual: TreeNode | null, expected: TreeNode | null): void {
  // Plain comparisons in the loop (fast on 100 000 nodes); `expect` only at the first difference.
  const stack: [TreeNode | null, TreeNode | null, string][] = [[actual, expected, 'root']];
  while (stack.length > 0) {
    const [a, e, path] = stack.pop()!;
    const where = () => `at ${path.length > 60 ? `…${path.slice(-60)}` : path} (L/R steps from the root)`;
    if (e === null) {
      if (a !== null) expect(a, `${where()}: no node`).toBeNull();
      continue;
    }
    if (a === null || typeof a !== 'object') {
      expect(a, `${where()}: a node with value ${e.value}`).toEqual({ value: e.value, left: e.left, right: e.right });
      return;
    }
    if (a.value !== e.value) expect(a.value, `value ${where()}`).toBe(e.value);
    if (a.left === undefined || a.right === undefined) expect(a.left !== undefined && a.right !== undefined, `${where()}: both children are set (null when empty)`).toBe(true);
    stack.push([a.right, e.right, `${path}.R`], [a.left, e.left, `${path}.L`]);
  }
}

/** A proper tree: plain nodes, safe-integer values, null for absent children, no node reachable twice. */
function expectProperTree(root: TreeNode | null): void {
  expect(root === null || typeof root === 'object', 'the result is a node or null').toBe(true);
  const seen = new Set<TreeNode>();
  const stack = root === null ? [] : [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n)) expect(seen.has(n), 'every node is reachable once: no sharing, no cycles').toBe(false);
    seen.add(n);
    if (!Number.isSafeInteger(n.value)) expect(n.value, 'node values are safe integers').toSatisfy(Number.isSafeInteger);
    for (const child of [n.left, n.right]) {
      if (child === null) continue;
      if (typeof child !== 'object') expect(child, 'children are nodes or null').toBeNull();
      stack.push(child);
    }
  }
}

/** The copy shares no node with the original. */
function expectFreshNodes(copy: TreeNode | null, original: TreeNode | null): void {
  const originals = new Set(nodesOf(original));
  expect(nodesOf(copy).some((n) => originals.has(n)), 'deserialize builds new nodes').toBe(false);
}

/** A full round trip: equal tree, new nodes, and the string is exactly what the copy serializes to. */
function expectRoundTrip(root: TreeNode | null): void {
  const data = serialize(root);
  expect(typeof data, 'serialize returns a string').toBe('string');
  const copy = deserialize(data);
  expectSameTree(copy, root);
  expectFreshNodes(copy, root);
  expect(serialize(copy) === data, 'serializing the rebuilt tree gives the same string').toBe(true);
}

const REJECTED = Symbol('rejected');

/** deserialize, with a SyntaxError turned into REJECTED; any other error fails the test. */
function tryDeserialize(data: string): TreeNode | null | typeof REJECTED {
  try {
    return deserialize(data);
  } catch (error) {
    if (error instanceof SyntaxError) return REJECTED;
    if (error instanceof Error && error.name === 'NotImplemented') throw error;
    throw new Error(`deserialize must reject malformed data with SyntaxError, but threw ${String(error)}`, { cause: error });
  }
}

/**
 * Stated rule (README, first rule): deserialize rejects every string serialize could not have
 * produced. For any string: rejected with SyntaxError, or accepted only if it is exactly what
 * serialize writes for the tree it returns.
 */
function expectRejectedOrExact(data: string): void {
  const result = tryDeserialize(data);
  if (result === REJECTED) return;
  expectProperTree(result);
  expect(serialize(result), `deserialize accepted ${JSON.stringify(data.slice(0, 80))}, so serialize of the result must give it back`).toBe(data);
}

/** Values from the whole domain: the safe-integer range with its edges (±2^31, ±2^32, ±(2^53 − 1), -0), small values common. */
const values = numbersOf(meta.domain['node.value']);

/**
 * Random trees: node i hangs under a random earlier node, on a random side, sliding down that
 * side to a free slot. Built fresh on every call; `null` is included.
 */
const trees: fc.Arbitrary<TreeNode | null> = fc
  .tuple(fc.boolean(), values, fc.array(fc.tuple(fc.nat(), fc.boolean(), values), { maxLength: 30 }))
  .map(([empty, rootValue, steps]) => {
    if (empty && steps.length === 0) return null;
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

/** Chains that turn left or right at random. */
const chains = fc.array(fc.tuple(fc.boolean(), values), { minLength: 1, maxLength: 50 }).map((steps) => {
  const root = node(steps[0]![1]);
  let at = root;
  for (const [right, value] of steps.slice(1)) {
    const child = node(value);
    if (right) at.right = child;
    else at.left = child;
    at = child;
  }
  return root;
});

/** Characters that break, or look like, the usual formats. */
const JUNK = ['#', ',', ' ', '-', '+', '0', '1', '9', '.', 'e', 'x', 'n', '[', ']', '(', ')', '{', '}', '"', ':', 'null', '\n', '\u0000', '🌳'];

/** How to damage a serialization in one place: cut it, drop, insert or replace a character, append, double it. */
const damages = fc.record({
  kind: fc.constantFrom('truncate', 'drop', 'insert', 'replace', 'append', 'prepend', 'double', 'swap'),
  p: fc.nat(),
  q: fc.nat(),
  junk: fc.constantFrom(...JUNK),
  fromData: fc.boolean(),
});

function damage(data: string, { kind, p, q, junk, fromData }: { kind: string; p: number; q: number; junk: string; fromData: boolean }): string {
  const len = data.length;
  const at = len === 0 ? 0 : p % len;
  const ch = fromData && len > 0 ? data[q % len]! : junk;
  switch (kind) {
    case 'truncate':
      return data.slice(0, at);
    case 'drop':
      return data.slice(0, at) + data.slice(at + 1);
    case 'insert':
      return data.slice(0, at) + ch + data.slice(at);
    case 'replace':
      return data.slice(0, at) + ch + data.slice(at + 1);
    case 'append':
      return data + ch;
    case 'prepend':
      return ch + data;
    case 'double':
      return data + data;
    default:
      return data.slice(0, at) + data.slice(at + 1, at + 2) + data.slice(at, at + 1) + data.slice(at + 2);
  }
}

/** A 100 000-node chain turning as `turn` says, values counting up. */
function deepChain(size: number, turn: (depth: number) => 'left' | 'right'): TreeNode {
  const nodes = Array.from({ length: size }, (_, i) => node(i - 50_000));
  for (let i = 0; i + 1 < size; i++) {
    if (turn(i) === 'right') nodes[i]!.right = nodes[i + 1]!;
    else nodes[i]!.left = nodes[i + 1]!;
  }
  return nodes[0]!;
}

describe('serialize and deserialize examples', () => {
  it('round-trips the empty tree', () => {
    expect(deserialize(serialize(null))).toBeNull();
  });
  it('round-trips a single node', () => {
    expectRoundTrip(node(7));
  });
  it('round-trips a small tree with both children present and absent', () => {
    expectRoundTrip(node(1, node(2), node(3, node(4), node(5))));
  });
  it('tells a lone left child from a lone right child', () => {
    expect(serialize(node(1, node(2))), 'the two shapes need different strings').not.toBe(serialize(node(1, null, node(2))));
    expectRoundTrip(node(1, node(2)));
    expectRoundTrip(node(1, null, node(2)));
  });
  it('round-trips zero, negative and repeated values', () => {
    expectRoundTrip(node(-3, node(0), node(-3, null, node(0))));
  });
  it('round-trips values at the edges of the safe-integer range', () => {
    expectRoundTrip(node(Number.MAX_SAFE_INTEGER, node(Number.MIN_SAFE_INTEGER), node(2 ** 31, node(-(2 ** 31) - 1))));
  });
  it('round-trips -0 as a zero (values compare with ===)', () => {
    expectRoundTrip(node(-0, node(0), node(-0)));
  });
  it('round-trips degenerate chains', () => {
    expectRoundTrip(node(1, node(2, node(3, node(4)))));
    expectRoundTrip(node(1, null, node(2, null, node(3, null, node(4)))));
    expectRoundTrip(node(1, node(2, null, node(3, node(4)))));
  });
  it('does not change the tree it serializes', () => {
    const tree = freezeTree(node(1, node(2), node(3, node(4), null)));
    const before = snapshot(tree);
    serialize(tree);
    expect(snapshot(tree)).toEqual(before);
  });
  // Stated rule (README, first rule): deserialize rejects every string serialize could not have produced.
  it('rejects the README\'s malformed examples with SyntaxError, unless the solution\'s own format writes them exactly', () => {
    for (const data of ['', '1,#', '7,#', '7,#,#,#', '7,x,#', '07,#,#', '+7,#,#', '7.0,#,#', ' 7,#,#', '-0,#,#']) {
      expectRejectedOrExact(data);
    }
  });
  // Stated rule (README, first rule), on more strings here and in the next test.
  it('rejects strings that are not serializations, with SyntaxError, or gives them back exactly', () => {
    for (const data of ['', ' ', 'garbage', '{', '[', '[]', '()', 'null', 'undefined', 'NaN', '-0', '1e3', '0x1f', '\u0000', '🌳', ',,,', '###']) {
      expectRejectedOrExact(data);
    }
  });
  it('rejects every proper prefix and every extension of a serialization unless it is exactly another serialization', () => {
    const data = serialize(node(12, node(-3, null, node(40)), node(5)));
    for (let cut = 0; cut < data.length; cut++) expectRejectedOrExact(data.slice(0, cut));
    for (const extra of [',', '#', '0', ' ', ',#', ',0', ']', ')', data]) expectRejectedOrExact(data + extra);
  });
  test('round-trips a 100 000-deep left-leaning chain without overflowing the stack', () => {
    expectRoundTrip(deepChain(100_000, () => 'left'));
  });
  test('round-trips a 100 000-deep right-leaning chain without overflowing the stack', () => {
    expectRoundTrip(deepChain(100_000, () => 'right'));
  });
  test('round-trips a 100 000-deep zigzag without overflowing the stack', () => {
    expectRoundTrip(deepChain(100_000, (depth) => (depth % 3 === 0 ? 'left' : 'right')));
  });
  test('round-trips a complete tree of 32 767 nodes', () => {
    const nodes = Array.from({ length: 2 ** 15 - 1 }, (_, i) => node(i * 7919 - 100_000));
    nodes.forEach((n, i) => {
      n.left = nodes[2 * i + 1] ?? null;
      n.right = nodes[2 * i + 2] ?? null;
    });
    expectRoundTrip(nodes[0]!);
  });
});

describe('serialize and deserialize properties', () => {
  it.prop([trees])('rebuild every tree exactly, from new nodes', (root) => {
    expectRoundTrip(freezeTree(root));
  });

  it.prop([chains])('rebuild tall chains exactly', (root) => {
    expectRoundTrip(freezeTree(root));
  });

  // Stated rule (README, first rule): deserialize rejects every string serialize could not have
  // produced; this property and the next two check it on damaged, glued and arbitrary strings.
  it.prop([trees, damages])('reject a damaged serialization with SyntaxError, unless it is exactly another serialization', (root, how) => {
    expectRejectedOrExact(damage(serialize(root), how));
  });

  it.prop([trees, trees])('reject two serializations glued together, unless that is exactly a serialization', (a, b) => {
    expectRejectedOrExact(serialize(a) + serialize(b));
  });

  it.prop([fc.oneof(fc.string({ unit: fc.constantFrom(...JUNK), maxLength: 12 }), fc.string({ maxLength: 12 }))])(
    'reject any other string with SyntaxError, unless it is exactly a serialization',
    (data) => {
      expectRejectedOrExact(data);
    },
  );

  it.prop([trees])('do not modify the tree', (root) => {
    const before = snapshot(root);
    serialize(freezeTree(root));
    expect(snapshot(root)).toEqual(before);
  });
});
