/**
 * Reference: per event, one array of subscriptions per priority level, plus the levels in
 * ascending order.
 *
 * Invariants: `levels` is sorted by priority and holds one entry per priority in use; within a
 * level, subscriptions are in subscription order (they are only ever appended), so walking the
 * levels in order visits listeners by (priority, subscription order) without sorting. A removed
 * subscription is only marked inactive (O(1), safe while an emit is walking the arrays); inactive
 * entries are dropped when the next emit walks the event, or as soon as they are half of the
 * event's entries.
 *
 * Emit takes a snapshot of the active subscriptions first, so listeners added during the emit
 * are not called by it; it re-checks `active` before each call, so listeners removed during the
 * emit are skipped; and it marks a `once` subscription inactive before calling it, so a nested
 * emit cannot call it again.
 *
 * Complexity: emit is O(listeners + levels). `on` finds its priority level by binary search,
 * O(log levels), and takes O(levels) to insert a new level. Unsubscribing is amortised O(1); `off`
 * is O(listeners).
 */
type Listener = (...args: unknown[]) => void;

interface Subscription {
  readonly listener: Listener;
  readonly once: boolean;
  active: boolean;
}

interface Level {
  readonly priority: number;
  subs: Subscription[];
}

interface Channel {
  /** Sorted by ascending priority, one level per priority in use. */
  levels: Level[];
  /** Entries in the level arrays, and how many of them are inactive. */
  entries: number;
  inactive: number;
}

export class EventEmitter {
  readonly #channels = new Map<string, Channel>();

  on(event: string, listener: Listener, options: { priority?: number; once?: boolean } = {}): () => void {
    const priority = options.priority ?? 0;
    const channel = this.#channel(event);
    // Binary search for the first level whose priority is not below this one (-0 and 0 are one
    // priority: `<` and `===` do not tell them apart).
    let lo = 0;
    let hi = channel.levels.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (channel.levels[mid]!.priority < priority) lo = mid + 1;
      else hi = mid;
    }
    let level = channel.levels[lo];
    if (level === undefined || level.priority !== priority) {
      level = { priority, subs: [] };
      channel.levels.splice(lo, 0, level);
    }
    const sub: Subscription = { listener, once: options.once ?? false, active: true };
    level.subs.push(sub);
    channel.entries++;
    return () => {
      this.#deactivate(channel, sub);
    };
  }

  off(event: string, listener: Listener): boolean {
    const channel = this.#channels.get(event);
    if (channel === undefined) return false;
    let removed = false;
    for (const level of channel.levels) {
      for (const sub of level.subs) {
        if (sub.active && sub.listener === listener) {
          this.#deactivate(channel, sub);
          removed = true;
        }
      }
    }
    return removed;
  }

  emit(event: string, ...args: unknown[]): { called: number; errors: unknown[] } {
    const errors: unknown[] = [];
    const channel = this.#channels.get(event);
    if (channel === undefined) return { called: 0, errors };
    if (channel.inactive > 0) this.#compact(channel);
    const snapshot: Subscription[] = [];
    for (const level of channel.levels) for (const sub of level.subs) snapshot.push(sub);
    let called = 0;
    for (const sub of snapshot) {
      if (!sub.active) continue;
      if (sub.once) this.#deactivate(channel, sub);
      called++;
      try {
        sub.listener(...args);
      } catch (error) {
        errors.push(error);
      }
    }
    return { called, errors };
  }

  #channel(event: string): Channel {
    let channel = this.#channels.get(event);
    if (channel === undefined) {
      channel = { levels: [], entries: 0, inactive: 0 };
      this.#channels.set(event, channel);
    }
    return channel;
  }

  #deactivate(channel: Channel, sub: Subscription): void {
    if (!sub.active) return;
    sub.active = false;
    channel.inactive++;
    if (channel.inactive > 16 && channel.inactive * 2 > channel.entries) this.#compact(channel);
  }

  /** Drops inactive entries and empty levels. Emits in progress hold their own snapshot arrays. */
  #compact(channel: Channel): void {
    const kept: Level[] = [];
    for (const level of channel.levels) {
      level.subs = level.subs.filter((sub) => sub.active);
      if (level.subs.length > 0) kept.push(level);
    }
    channel.levels = kept;
    channel.entries -= channel.inactive;
    channel.inactive = 0;
  }
}
