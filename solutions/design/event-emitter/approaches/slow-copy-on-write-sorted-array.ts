/**
 * slow: per event one immutable array of subscriptions sorted by (priority, subscription order); `on` and every removal build a new array (copy on write), so an emit can walk the array it started with without taking a snapshot.
 * Time: emit O(listeners); but `on` copies all listeners of the event, O(listeners), and so does
 * each removal (a `once` listener that fires, `off`, unsubscribe). For the bench's n - 8
 * subscriptions that is O(n²) for the `on`s alone, plus O(n²/10) for the first emit's once
 * removals.
 * exposed by: many subscriptions to one event (any workload with a growing listener list).
 */
type Listener = (...args: unknown[]) => void;

interface Subscription {
  readonly listener: Listener;
  readonly priority: number;
  readonly once: boolean;
  /** Set when the subscription leaves the list, so an emit walking an older copy skips it. */
  removed: boolean;
}

export class EventEmitter {
  /** Never mutated in place: a change replaces the array, so emits in progress keep theirs. */
  readonly #lists = new Map<string, readonly Subscription[]>();

  on(event: string, listener: Listener, options: { priority?: number; once?: boolean } = {}): () => void {
    const sub: Subscription = { listener, priority: options.priority ?? 0, once: options.once ?? false, removed: false };
    const list = this.#lists.get(event) ?? [];
    // After every subscription with the same or a lower priority.
    let at = list.length;
    while (at > 0 && list[at - 1]!.priority > sub.priority) at--;
    // The cost: a fresh copy of the whole list for one new subscription.
    this.#lists.set(event, [...list.slice(0, at), sub, ...list.slice(at)]);
    return () => {
      if (!sub.removed) this.#remove(event, (s) => s === sub);
    };
  }

  off(event: string, listener: Listener): boolean {
    return this.#remove(event, (s) => s.listener === listener);
  }

  emit(event: string, ...args: unknown[]): { called: number; errors: unknown[] } {
    const errors: unknown[] = [];
    const list = this.#lists.get(event);
    let called = 0;
    if (list === undefined) return { called, errors };
    for (const sub of list) {
      if (sub.removed) continue;
      if (sub.once) this.#remove(event, (s) => s === sub);
      called++;
      try {
        sub.listener(...args);
      } catch (error) {
        errors.push(error);
      }
    }
    return { called, errors };
  }

  /** The cost again: a filtered copy of the list, O(listeners) per removal. */
  #remove(event: string, match: (s: Subscription) => boolean): boolean {
    const list = this.#lists.get(event);
    if (list === undefined) return false;
    const kept: Subscription[] = [];
    for (const s of list) {
      if (match(s)) s.removed = true;
      else kept.push(s);
    }
    if (kept.length === list.length) return false;
    this.#lists.set(event, kept);
    return true;
  }
}
