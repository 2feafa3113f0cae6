// Mutant: the unsubscribe function calls `off`, so it removes every subscription of that listener,
// not just its own.
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
    return () => {
      this.off(event, listener);
    };
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
    const snapshot = this.#subs.filter((s) => s.event === event).sort((a, b) => a.priority - b.priority || a.seq - b.seq);
    let called = 0;
    const errors: unknown[] = [];
    for (const sub of snapshot) {
      if (!sub.active) continue;
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
