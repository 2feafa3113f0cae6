/**
 * optimal: BFS whose queue is a singly linked list of cells (enqueue at the tail, dequeue at the head) and whose visited set is a Map.
 * Time: O(V + E), n = V: each reachable node is enqueued and dequeued once, each of its list
 * entries is read once, and every queue and Map operation is O(1); O(V) memory.
 *
 * The reference lets the answer array double as the queue; here the queue is a separate
 * structure with O(1) operations at both ends, which never moves existing entries, and the
 * answer is appended to when a node is dequeued (visited), not when it is discovered. Marking
 * on discovery still guarantees each node enters the queue once.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

interface Cell {
  readonly node: string;
  next: Cell | null;
}

export function bfsOrder(graph: Graph, start: string): string[] {
  const discovered = new Map<string, true>([[start, true]]);
  let head: Cell | null = { node: start, next: null };
  let tail: Cell = head;
  const order: string[] = [];
  while (head !== null) {
    const { node } = head;
    head = head.next;
    order.push(node);
    if (!Object.hasOwn(graph, node)) continue;
    const list = graph[node]!;
    for (let i = 0; i < list.length; i++) {
      const neighbour = list[i]!;
      if (discovered.has(neighbour)) continue;
      discovered.set(neighbour, true);
      const cell: Cell = { node: neighbour, next: null };
      if (head === null) head = cell;
      else tail.next = cell;
      tail = cell;
    }
  }
  return order;
}
