/**
 * slow: subscriptions are appended to one flat list per event; `emit` collects the distinct priorities, sorts them, and then walks the whole list once per priority, calling the listeners of that priority.
 * Time: on O(1); emit O(listeners · distinct priorities + P log P). The bench uses three distinct
 * priorities, so an emit is O(listeners) there and the bench is O(n); with P distinct priorities
 * among L listeners an emit is O(L·P), O(L²) when every listener has its own priority.
 * exposed by: many distinct priorities (e.g. n - 8 subscriptions with priorities drawn from √n or n levels, then the 8 emits).
 */
type Listener = (...args: unknown[]) => void;

interface Subscription {
  readonly listener: Listener;
  readonly priority: number;
  readonly once: boolean;
  active: boolean;
}

interface Channel {
  /** In subscription order; inactive entries are dropped when they are half of the list. */
  subs: Subscription[];
  inactive: number;
}

export class EventEmitter {
  readonly #channels = new Map<string, Channel>();

  on(event: string, listener: Listener, options: { priority?: number; once?: boolean } = {}): () => void {
    let channel = this.#channels.get(event);
    if (channel === undefined) {
      channel = { subs: [], inactive: 0 };
      this.#channels.set(event, channel);
    }
    const sub: Subscription = { listener, priority: options.priority ?? 0, once: options.once ?? false, active: true };
    channel.subs.push(sub);
    const owner = channel;
    return () => this.#deactivate(owner, sub);
  }

  off(event: string, listener: Listener): boolean {
    const channel = this.#channels.get(event);
    if (channel === undefined) return false;
    let removed = false;
    for (const sub of channel.subs) {
      if (sub.active && sub.listener === listener) {
        this.#deactivate(channel, sub);
        removed = true;
      }
    }
    return removed;
  }

  emit(event: string, ...args: unknown[]): { called: number; errors: unknown[] } {
    const errors: unknown[] = [];
    const channel = this.#channels.get(event);
    let called = 0;
    if (channel === undefined) return { called, errors };
    // Subscriptions made during this emit are not its business: freeze the list now.
    const snapshot = channel.subs.filter((s) => s.active);
    const priorities = [...new Set(snapshot.map((s) => s.priority))].sort((a, b) => a - b);
    // The cost: one full pass over the listeners per distinct priority.
    for (const priority of priorities) {
      for (const sub of snapshot) {
        if (sub.priority !== priority || !sub.active) continue;
        if (sub.once) this.#deactivate(channel, sub);
        called++;
        try {
          sub.listener(...args);
        } catch (error) {
          errors.push(error);
        }
      }
    }
    return { called, errors };
  }

  #deactivate(channel: Channel, sub: Subscription): void {
    if (!sub.active) return;
    sub.active = false;
    channel.inactive++;
    if (channel.inactive > 16 && channel.inactive * 2 > channel.subs.length) {
      // A new array: an emit in progress keeps walking its own snapshot.
      channel.subs = channel.subs.filter((s) => s.active);
      channel.inactive = 0;
    }
  }
}
