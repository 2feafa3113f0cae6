import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './priority-task-queue.ts';

/**
 * Folds one result (an integer) into the running digest. Each step is a bijection of the digest
 * for a given result and of the result for a given digest, so one different result anywhere
 * always changes the final digest; several leave it unchanged only by a 1-in-2^32 coincidence.
 */
function mix(digest: number, result: number): number {
  return Math.imul(digest ^ result, 0x01000193);
}

/** `priorities[i]` is the priority of push i; every third operation is a pop. */
interface Input {
  priorities: Float64Array;
}

/**
 * n = number of operations: two pushes then one pop, repeated, so the queue grows to about n / 3
 * tasks. Priorities come from ten levels, so most comparisons are ties broken by arrival. A queue
 * that sorts on every pop pays at least O(n) per pop (even an adaptive sort must read the whole
 * array), O(n²) or worse in total.
 * The family keeps the operations and makes every priority distinct and increasing, as when the
 * priority is a timestamp or a deadline: each new task is the least urgent one queued.
 */
export default defineBench<typeof Kata, Input>({
  n: 'operations (2 pushes : 1 pop)',
  inputName: 'ten priority levels',
  input: (n, rng) => {
    const priorities = new Float64Array(n);
    for (let i = 0; i < n; i++) priorities[i] = rng.int(0, 9);
    return { priorities };
  },
  families: [
    {
      name: 'increasing distinct priorities (timestamps)',
      exposes: 'a scan over every distinct priority per pop, or a sorted array kept with splice',
      // A splice is a fast memory move: it outweighs a heap push only past several thousand
      // tasks, so this family starts at 4 096 operations.
      sizes: { kind: 'doubling', minN: 4096 },
      input: (n, rng) => {
        const priorities = new Float64Array(n);
        let t = rng.int(0, 1000);
        for (let i = 0; i < n; i++) priorities[i] = t += 1 + rng.int(0, 3);
        return { priorities };
      },
    },
  ],
  run: (impl, { priorities }) => {
    const queue = new impl.PriorityTaskQueue<number>();
    // Every popped item is folded into one number, in order (-1 for undefined), then the final
    // size: a sum of the popped items would not see two of them leave in the wrong order.
    let digest = 0;
    for (let i = 0; i < priorities.length; i++) {
      if (i % 3 === 2) digest = mix(digest, queue.pop() ?? -1);
      else queue.push(i, priorities[i]!);
    }
    return mix(digest, queue.size);
  },
  // One right item per pop (ties leave in push order): the digests are equal.
  answersAgree: sameAnswer,
});
