/**
 * optimal: per event, a doubly linked list of subscriptions per priority level (levels in a sorted array found through a Map), so every removal unlinks its node at once in O(1); an emit copies the lists into a snapshot array and walks it.
 * Time: emit O(listeners + levels); on O(1) into an existing level (O(levels) to open a new one);
 * unsubscribe and once-removal O(1); off O(listeners). O(n) for the bench's n operations.
 */
type Listener = (...args: unknown[]) => void;

interface Node {
  readonly listener: Listener;
  readonly once: boolean;
  linked: boolean;
  prev: Node | null;
  next: Node | null;
  readonly level: Level;
}

interface Level {
  readonly priority: number;
  first: Node | null;
  last: Node | null;
}

interface Channel {
  /** Ascending priority; may hold empty levels until the next emit sweeps them out. */
  levels: Level[];
  byPriority: Map<number, Level>;
}

export class EventEmitter {
  readonly #channels = new Map<string, Channel>();

  on(event: string, listener: Listener, options: { priority?: number; once?: boolean } = {}): () => void {
    const priority = options.priority ?? 0;
    let channel = this.#channels.get(event);
    if (channel === undefined) {
      channel = { levels: [], byPriority: new Map() };
      this.#channels.set(event, channel);
    }
    let level = channel.byPriority.get(priority);
    if (level === undefined) {
      level = { priority, first: null, last: null };
      channel.byPriority.set(priority, level);
      let at = channel.levels.length;
      while (at > 0 && channel.levels[at - 1]!.priority > priority) at--;
      channel.levels.splice(at, 0, level);
    }
    const node: Node = { listener, once: options.once ?? false, linked: true, prev: level.last, next: null, level };
    if (level.last === null) level.first = node;
    else level.last.next = node;
    level.last = node;
    return () => this.#unlink(node);
  }

  off(event: string, listener: Listener): boolean {
    const channel = this.#channels.get(event);
    if (channel === undefined) return false;
    let removed = false;
    for (const level of channel.levels) {
      for (let node = level.first; node !== null; ) {
        const next = node.next;
        if (node.listener === listener) {
          this.#unlink(node);
          removed = true;
        }
        node = next;
      }
    }
    return removed;
  }

  emit(event: string, ...args: unknown[]): { called: number; errors: unknown[] } {
    const errors: unknown[] = [];
    const channel = this.#channels.get(event);
    let called = 0;
    if (channel === undefined) return { called, errors };
    const snapshot: Node[] = [];
    const kept: Level[] = [];
    for (const level of channel.levels) {
      if (level.first === null) {
        channel.byPriority.delete(level.priority);
        continue;
      }
      kept.push(level);
      for (let node: Node | null = level.first; node !== null; node = node.next) snapshot.push(node);
    }
    channel.levels = kept;
    for (const node of snapshot) {
      // Unlinked since the snapshot: removed by a listener, or a once that already ran.
      if (!node.linked) continue;
      if (node.once) this.#unlink(node);
      called++;
      try {
        node.listener(...args);
      } catch (error) {
        errors.push(error);
      }
    }
    return { called, errors };
  }

  #unlink(node: Node): void {
    if (!node.linked) return;
    node.linked = false;
    const { level } = node;
    if (node.prev === null) level.first = node.next;
    else node.prev.next = node.next;
    if (node.next === null) level.last = node.prev;
    else node.next.prev = node.prev;
  }
}
