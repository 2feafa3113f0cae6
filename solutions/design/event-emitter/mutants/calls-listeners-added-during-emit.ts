// Mutant: keeps the subscriptions sorted and walks the live array instead of a snapshot, so a
// listener subscribed during the emit (at a later position) is called by that same emit.
type Listener = (...args: unknown[]) => void;

interface Subscription {
  event: string;
  listener: Listener;
  priority: number;
  once: boolean;
  seq: number;
  active: boolean;
}

export class EventEmitter {
  #subs: Subscription[] = [];
  #seq = 0;

  on(event: string, listener: Listener, options: { priority?: number; once?: boolean } = {}): () => void {
    const sub: Subscription = { event, listener, priority: options.priority ?? 0, once: options.once ?? false, seq: this.#seq++, active: true };
    this.#subs.push(sub);
    this.#subs.sort((a, b) => a.priority - b.priority || a.seq - b.seq);
    return () => this.#remove(sub);
  }

  off(event: string, listener: Listener): boolean {
    let removed = false;
    for (const sub of [...this.#subs]) {
      if (sub.active && sub.event === event && sub.listener === listener) {
        this.#remove(sub);
        removed = true;
      }
    }
    return removed;
  }

  emit(event: string, ...args: unknown[]): { called: number; errors: unknown[] } {
    let called = 0;
    const errors: unknown[] = [];
    const seen = new Set<Subscription>();
    for (let i = 0; i < this.#subs.length; i++) {
      const sub = this.#subs[i]!;
      if (sub.event !== event || seen.has(sub)) continue;
      seen.add(sub);
      if (sub.once) i--;
      if (sub.once) this.#remove(sub);
      called++;
      try {
        sub.listener(...args);
      } catch (error) {
        errors.push(error);
      }
    }
    return { called, errors };
  }

  #remove(sub: Subscription): void {
    if (!sub.active) return;
    sub.active = false;
    this.#subs.splice(this.#subs.indexOf(sub), 1);
  }
}
