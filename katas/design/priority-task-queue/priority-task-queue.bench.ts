import { defineBench } from '#kit';
import type * as Kata from './priority-task-queue.ts';

/** `priorities[i]` is the priority of push i; every third operation is a pop. */
interface Input {
  priorities: Uint8Array;
}

/**
 * n = number of operations: two pushes then one pop, repeated, so the queue grows to about n / 3
 * tasks. Priorities come from ten levels, so most comparisons are ties broken by arrival. A queue
 * that sorts on every pop pays at least O(n) per pop (even an adaptive sort must read the whole
 * array), O(n²) or worse in total.
 */
export default defineBench<typeof Kata, Input>({
  n: 'operations (2 pushes : 1 pop)',
  input: (n, rng) => {
    const priorities = new Uint8Array(n);
    for (let i = 0; i < n; i++) priorities[i] = rng.int(0, 9);
    return { priorities };
  },
  run: (impl, { priorities }) => {
    const queue = new impl.PriorityTaskQueue<number>();
    let checksum = 0;
    for (let i = 0; i < priorities.length; i++) {
      if (i % 3 === 2) checksum += queue.pop() ?? 0;
      else queue.push(i, priorities[i]!);
    }
    return checksum + queue.size;
  },
});
