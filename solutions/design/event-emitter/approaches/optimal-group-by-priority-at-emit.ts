/**
 * optimal: subscriptions are appended to one flat list per event; `emit` groups the live ones by priority in a single pass (a Map from priority to its run, filled in subscription order), sorts only the distinct priorities, and concatenates the runs.
 * Time: on O(1); emit O(listeners + P log P) for P distinct priorities, O(listeners) when few
 * priorities are in use; removals amortised O(1) (flag now, compact later). O(n) for the bench's
 * n operations.
 */
type Listener = (...args: unknown[]) => void;

interface Subscription {
  readonly listener: Listener;
  readonly priority: number;
  readonly once: boolean;
  active: boolean;
}

interface Channel {
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
    // One pass: a stable bucket per priority (Map keys -0 and 0 together, like `===`).
    const runs = new Map<number, Subscription[]>();
    for (const sub of channel.subs) {
      if (!sub.active) continue;
      const run = runs.get(sub.priority);
      if (run === undefined) runs.set(sub.priority, [sub]);
      else run.push(sub);
    }
    const order = [...runs.keys()].sort((a, b) => a - b);
    for (const priority of order) {
      for (const sub of runs.get(priority)!) {
        if (!sub.active) continue;
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
      channel.subs = channel.subs.filter((s) => s.active);
      channel.inactive = 0;
    }
  }
}
