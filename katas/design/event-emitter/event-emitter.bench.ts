import { defineBench, sameAnswer, type Rng } from '#kit';
import type * as Kata from './event-emitter.ts';

const PRIORITIES = [-10, 0, 0, 0, 5] as const;
const EMITS = 8;

/**
 * Folds one result (an integer) into the running digest. Each step is a bijection of the digest
 * for a given result and of the result for a given digest, so one different result anywhere
 * always changes the final digest; several leave it unchanged only by a 1-in-2^32 coincidence.
 */
function mix(digest: number, result: number): number {
  return Math.imul(digest ^ result, 0x01000193);
}

/**
 * Subscription i has priority `priorities[i]` and is `once` when `once[i]` is 1. After the
 * subscriptions, the last `unsubscribe` of them are unsubscribed, newest first; then 8 emits.
 */
interface Input {
  priorities: Float64Array;
  once: Uint8Array;
  unsubscribe: number;
}

/** `count` subscriptions, a tenth of them `once`, with priorities from `priority(i)`. */
function subscriptions(count: number, rng: Rng, priority: (i: number) => number): Pick<Input, 'priorities' | 'once'> {
  const priorities = new Float64Array(count);
  const once = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    priorities[i] = priority(i);
    once[i] = rng.int(0, 9) === 0 ? 1 : 0;
  }
  return { priorities, once };
}

/**
 * n = number of operations: n - 8 subscriptions to one event, priorities drawn from five levels
 * (most of them the default 0) and a tenth of them `once`, then 8 emits. Keeping the order per
 * priority level makes every `on` O(1) and every emit O(listeners); sorting on every emit costs
 * O(listeners · log listeners) per emit, and inserting by a linear scan O(listeners) per `on`.
 * The families: every subscription with its own priority, subscribed in ascending order (an emit
 * must not cost listeners × priorities); and subscriptions at the default priority, a third of
 * the operations unsubscribing the newest first, the way components are torn down (an
 * unsubscribe must not search).
 */
export default defineBench<typeof Kata, Input>({
  n: 'operations (subscriptions, then 8 emits)',
  inputName: 'five priority levels',
  input: (n, rng) => ({
    ...subscriptions(Math.max(1, n - EMITS), rng, () => PRIORITIES[rng.int(0, PRIORITIES.length - 1)]!),
    unsubscribe: 0,
  }),
  families: [
    {
      name: 'one priority per subscription, ascending',
      exposes: 'an emit that walks all listeners once per distinct priority',
      input: (n, rng) => ({ ...subscriptions(Math.max(1, n - EMITS), rng, (i) => i), unsubscribe: 0 }),
    },
    {
      name: 'default priority, a third unsubscribed newest first',
      exposes: 'an unsubscribe that searches its listener array (indexOf) and splices it out',
      // A native indexOf is cheap per element: the search outweighs a subscription only past
      // a few thousand listeners, so this family starts at 2 048 operations.
      sizes: { kind: 'doubling', minN: 2048 },
      input: (n, rng) => {
        const ops = Math.max(1, n - EMITS);
        const unsubscribe = Math.floor(ops / 3);
        return { ...subscriptions(ops - unsubscribe, rng, () => 0), unsubscribe };
      },
    },
  ],
  // Every result is folded into one number, in order: each listener call as it happens (which
  // of the three listeners ran, and the argument the first one got), then each emit's `called`
  // and error count. The order of the calls is the contract's point (priority, then subscription
  // order), and the listeners' old running sum could not see it.
  run: (impl, { priorities, once, unsubscribe }) => {
    const emitter = new impl.EventEmitter();
    let digest = 0;
    const listeners = [
      (x: unknown) => { digest = mix(digest, 3 + (x as number)); },
      () => { digest = mix(digest, 1); },
      () => { digest = mix(digest, 2); },
    ];
    const kept = priorities.length - unsubscribe;
    const stops: (() => void)[] = [];
    for (let i = 0; i < priorities.length; i++) {
      const stop = emitter.on('tick', listeners[i % 3]!, { priority: priorities[i]!, once: once[i] === 1 });
      if (i >= kept) stops.push(stop);
    }
    for (let i = stops.length - 1; i >= 0; i--) stops[i]!();
    for (let e = 0; e < EMITS; e++) {
      const result = emitter.emit('tick', e);
      digest = mix(mix(digest, -1 - result.called), result.errors.length);
    }
    return digest;
  },
  // One right sequence of calls and counts: the digests are equal.
  answersAgree: sameAnswer,
});
