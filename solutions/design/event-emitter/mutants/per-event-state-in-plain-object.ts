// Mutant: keeps the per-event state in a plain object (`event in channels`, `channels[event]`):
// an event named `constructor` or `toString` finds an inherited function instead of its own
// listeners, so `emit('constructor')` on a new emitter throws a TypeError instead of returning
// `{ called: 0, errors: [] }`, and `on('__proto__', f)` throws as well.
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
  readonly #channels: Record<string, Channel> = {};

  on(event: string, listener: Listener, options: { priority?: number; once?: boolean } = {}): () => void {
    const priority = options.priority ?? 0;
    const channel = this.#channel(event);
    let level = channel.byPriority.get(priority);
    if (level === undefined) {
      level = { priority, subs: [] };
      channel.byPriority.set(priority, level);
      // Binary search for the first level with a higher priority, insert before it.
      let lo = 0;
      let hi = channel.levels.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (channel.levels[mid]!.priority < priority) lo = mid + 1;
        else hi = mid;
      }
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
    const channel = event in this.#channels ? this.#channels[event] : undefined;
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
    const channel = event in this.#channels ? this.#channels[event] : undefined;
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
    if (!(event in this.#channels)) this.#channels[event] = { levels: [], byPriority: new Map(), entries: 0, inactive: 0 };
    return this.#channels[event]!;
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
