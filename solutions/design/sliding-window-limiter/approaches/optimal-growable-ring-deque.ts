/**
 * optimal: per key a circular deque of allowed timestamps (head index and count over a power-of-two array that doubles when full); expired ones are popped from the head.
 * Time: amortised O(1) per call (each timestamp is pushed and popped once; a doubling copies each
 * element O(1) times on average); O(n) for the bench's n calls. Memory O(timestamps in the window)
 * per key, never more than `limit`.
 */
interface Deque {
  buf: Float64Array;
  head: number;
  count: number;
}

export class SlidingWindowLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #deques = new Map<string, Deque>();

  constructor(options: { limit: number; windowMs: number; now?: () => number }) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
  }

  allow(key: string): boolean {
    const now = this.#now();
    let dq = this.#deques.get(key);
    if (dq === undefined) {
      dq = { buf: new Float64Array(8), head: 0, count: 0 };
      this.#deques.set(key, dq);
    }
    const edge = now - this.#windowMs;
    const mask = dq.buf.length - 1;
    // Times are pushed in clock order, so everything that left the window sits at the head.
    while (dq.count > 0 && dq.buf[dq.head]! <= edge) {
      dq.head = (dq.head + 1) & mask;
      dq.count--;
    }
    if (dq.count >= this.#limit) return false;
    if (dq.count === dq.buf.length) this.#grow(dq);
    dq.buf[(dq.head + dq.count) & (dq.buf.length - 1)] = now;
    dq.count++;
    return true;
  }

  /** Doubles the buffer, unrolling the ring so the head lands at index 0. */
  #grow(dq: Deque): void {
    const old = dq.buf;
    const bigger = new Float64Array(old.length * 2);
    const tail = old.subarray(dq.head);
    bigger.set(tail, 0);
    bigger.set(old.subarray(0, dq.head), tail.length);
    dq.buf = bigger;
    dq.head = 0;
  }
}
