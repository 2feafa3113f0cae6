/**
 * Event Emitter: publish/subscribe with priorities, one-shot listeners and error isolation.
 * Read README.md for the rules and examples; run `npx kata check event-emitter` to test.
 */
import { NotImplemented } from '#kit';

/** Named events with prioritised listeners. */
export class EventEmitter {
  /**
   * Subscribes `listener` to `event`. Each call is its own subscription.
   *
   * @param options.priority lower runs first (default 0); equal priorities run in subscription order
   * @param options.once remove the subscription just before its first call (default false)
   * @returns a function that removes exactly this subscription; calling it again does nothing
   */
  on(event: string, listener: (...args: unknown[]) => void, options?: { priority?: number; once?: boolean }): () => void {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('EventEmitter.on');
  }

  /**
   * Removes every subscription of `listener` (by identity) to `event`.
   *
   * @returns `true` if at least one subscription was removed
   */
  off(event: string, listener: (...args: unknown[]) => void): boolean {
    throw new NotImplemented('EventEmitter.off');
  }

  /**
   * Calls the listeners subscribed to `event` when the emit starts, by ascending priority, skipping
   * those removed before their turn; a throwing listener does not stop the others.
   *
   * @returns `called`: listener calls made by this emit; `errors`: what they threw, in call order
   */
  emit(event: string, ...args: unknown[]): { called: number; errors: unknown[] } {
    throw new NotImplemented('EventEmitter.emit');
  }
}
