// Mutant: keeps the priorities in use sorted with `.sort()` and no comparator, which orders
// numbers as strings: with `on('x', A, { priority: 10 })` and `on('x', B, { priority: 2 })`,
// `emit('x')` calls A before B ('10' < '2'), and priority -1 runs after -2.
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
  /** Sorted by ascending priority. */
  levels: Level[];
  byPriority: Map<number, Level>;
  /** Entries in the level arrays, and how many of them are inactive. */
  entries: number;
  inactive: number;
}

export class EventEmitter {
  readonly #channels = new Map<string, Channel>();

  on(event: string, listener: Listener, options: { priority?: number; once?: boolean } = {}): () => void {
    const priority = options.priority ?? 0;
    const channel = this.#channel(event);
    let level = channel.byPriority.get(priority);
    if (level === undefined) {
      level = { priority, subs: [] };
      channel.byPriority.set(priority, level);
      // Keep the priorities in use sorted, and the levels in the same order.
      const priorities = channel.levels.map((l) => l.priority);
      priorities.push(priority);
      priorities.sort();
      channel.levels = priorities.map((p) => channel.byPriority.get(p)!);
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
      channel = { levels: [], byPriority: new Map(), entries: 0, inactive: 0 };
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
      else channel.byPriority.delete(level.priority);
    }
    channel.levels = kept;
    channel.entries -= channel.inactive;
    channel.inactive = 0;
  }
}
