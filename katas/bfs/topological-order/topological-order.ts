/**
 * Topological Order: run every task after everything it depends on, or say which tasks cannot run.
 * Read README.md for the rules and examples; run `npx kata check topological-order` to test.
 */
import { NotImplemented } from '#kit';

/** `deps[x]` lists the nodes `x` depends on. A node that is only listed depends on nothing. */
export type Graph = Readonly<Record<string, readonly string[]>>;

/**
 * Thrown when some nodes cannot be ordered. Already written for you: throw it as
 * `throw new CycleError(nodes)` with the nodes already sorted ascending.
 */
export class CycleError extends Error {
  override readonly name = 'CycleError';
  /** Every node on a cycle or depending on one, each once, sorted ascending. */
  readonly nodes: string[];

  constructor(nodes: readonly string[]) {
    super(`No valid order: ${nodes.length} node(s) are on a cycle or depend on one: ${nodes.join(', ')}`);
    this.nodes = [...nodes];
  }
}

/**
 * Orders the nodes so that each comes after all of its dependencies.
 *
 * @param deps dependency lists; read-only, never modified
 * @returns every node (keys and list entries) exactly once, dependencies first; any valid order
 * @throws {CycleError} when some nodes lie on a cycle or depend on one; `nodes` lists all of them
 */
export function topologicalOrder(deps: Graph): string[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('topologicalOrder');
}
