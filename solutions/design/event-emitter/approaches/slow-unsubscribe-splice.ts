/**
 * slow: per event, one array per priority level (levels kept sorted); every removal, including a `once` listener leaving before its call, finds the subscription with `indexOf` and `splice`s it out at once.
 * Time: on O(1) for an existing level; emit O(listeners) to snapshot plus O(level size) per
 * removal it causes; unsubscribe O(level size). In the bench a tenth of the n - 8 subscriptions
 * are `once`, so the first emit does ~n/10 removals of O(n) each: O(n²) in total. The splices are
 * memory moves, so the quadratic term only dominates from n ≈ 32 768 on.
 * exposed by: many `once` listeners on one event (or many unsubscribes), e.g. the bench's tenth, or all once.
 */
type Listener = (...args: unknown[]) => void;

interface Subscription {
  readonly listener: Listener;
  readonly once: boolean;
  removed: boolean;
}

interface Level {
  readonly priority: number;
  readonly subs: Subscription[];
}

export class EventEmitter {
  /** Per event, levels by ascending priority; a level is dropped when it empties. */
  readonly #levels = new Map<string, Level[]>();

  on(event: string, listener: Listener, options: { priority?: number; once?: boolean } = {}): () => void {
    const priority = options.priority ?? 0;
    let levels = this.#levels.get(event);
    if (levels === undefined) {
      levels = [];
      this.#levels.set(event, levels);
    }
    let at = levels.length;
    while (at > 0 && levels[at - 1]!.priority > priority) at--;
    let level = at > 0 && levels[at - 1]!.priority === priority ? levels[at - 1]! : undefined;
    if (level === undefined) {
      level = { priority, subs: [] };
      levels.splice(at, 0, level);
    }
    const sub: Subscription = { listener, once: options.once ?? false, removed: false };
    level.subs.push(sub);
    const owner = level;
    return () => this.#remove(event, owner, sub);
  }

  off(event: string, listener: Listener): boolean {
    const levels = this.#levels.get(event);
    if (levels === undefined) return false;
    let removed = false;
    for (const level of [...levels]) {
      for (const sub of level.subs.filter((s) => s.listener === listener)) {
        this.#remove(event, level, sub);
        removed = true;
      }
    }
    return removed;
  }

  emit(event: string, ...args: unknown[]): { called: number; errors: unknown[] } {
    const errors: unknown[] = [];
    const levels = this.#levels.get(event);
    let called = 0;
    if (levels === undefined) return { called, errors };
    const snapshot: [Level, Subscription][] = [];
    for (const level of levels) for (const sub of level.subs) snapshot.push([level, sub]);
    for (const [level, sub] of snapshot) {
      if (sub.removed) continue;
      if (sub.once) this.#remove(event, level, sub);
      called++;
      try {
        sub.listener(...args);
      } catch (error) {
        errors.push(error);
      }
    }
    return { called, errors };
  }

  /** The cost: a linear search of the level, then every later entry shifts down one slot. */
  #remove(event: string, level: Level, sub: Subscription): void {
    if (sub.removed) return;
    sub.removed = true;
    level.subs.splice(level.subs.indexOf(sub), 1);
    if (level.subs.length === 0) {
      const levels = this.#levels.get(event)!;
      levels.splice(levels.indexOf(level), 1);
    }
  }
}
