import { defineBench } from '#kit';
import type * as Kata from './event-emitter.ts';

const PRIORITIES = [-10, 0, 0, 0, 5] as const;
const EMITS = 8;

/** Subscription i has priority `PRIORITIES[levels[i]]` and is `once` when `once[i]` is 1. */
interface Input {
  levels: Uint8Array;
  once: Uint8Array;
}

/**
 * n = number of operations: n - 8 subscriptions to one event, priorities drawn from five levels
 * (most of them the default 0) and a tenth of them `once`, then 8 emits. Keeping the order per
 * priority level makes every `on` O(1) and every emit O(listeners); sorting on every emit costs
 * O(listeners · log listeners) per emit, and inserting by a linear scan O(listeners) per `on`.
 */
export default defineBench<typeof Kata, Input>({
  n: 'operations (subscriptions, then 8 emits)',
  input: (n, rng) => {
    const subscriptions = Math.max(1, n - EMITS);
    const levels = new Uint8Array(subscriptions);
    const once = new Uint8Array(subscriptions);
    for (let i = 0; i < subscriptions; i++) {
      levels[i] = rng.int(0, PRIORITIES.length - 1);
      once[i] = rng.int(0, 9) === 0 ? 1 : 0;
    }
    return { levels, once };
  },
  run: (impl, { levels, once }) => {
    const emitter = new impl.EventEmitter();
    let total = 0;
    const listeners = [(x: unknown) => { total += x as number; }, () => { total++; }, () => { total--; }];
    for (let i = 0; i < levels.length; i++) {
      emitter.on('tick', listeners[i % 3]!, { priority: PRIORITIES[levels[i]!]!, once: once[i] === 1 });
    }
    let called = 0;
    for (let e = 0; e < EMITS; e++) called += emitter.emit('tick', e).called;
    return called + total;
  },
});
