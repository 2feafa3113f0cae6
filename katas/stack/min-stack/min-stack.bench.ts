import { defineBench } from '#kit';
import type * as Kata from './min-stack.ts';

/**
 * n = operations on one fresh stack, each followed by min(). An operation is a number (push it)
 * or null (pop). The bench's own input pushes n random values and calls `min()` after every
 * push: 2n operations, O(n) for the reference. A `min()` that scans the stack pays
 * 1 + 2 + … + n steps, O(n²).
 *
 * Two more families pop as well. Pushing n/2 falling values and popping them all removes the
 * minimum every time, so a cached minimum that is rescanned when it is popped costs O(n²). Pushing
 * n/2 falling values and then churning one large value on and off the top keeps n/2 minima
 * stored while non-minimum values are popped, so a pop that searches the minima costs O(n²).
 */
type Op = number | null;

function falling(count: number, rng: { int(min: number, max: number): number }): number[] {
  const values = new Array<number>(count);
  let v = 1_000_000;
  for (let i = 0; i < count; i++) {
    values[i] = v;
    v -= rng.int(1, 3);
  }
  return values;
}

export default defineBench<typeof Kata, Op[]>({
  n: 'operations (push or pop), each followed by min()',
  inputName: 'random pushes',
  input: (n, rng) => Array.from({ length: n }, () => rng.int(-1_000_000, 1_000_000)),
  families: [
    {
      name: 'falling pushes, then pop them all',
      exposes: 'a cached minimum rescanned whenever the popped value is the minimum',
      input: (n, rng) => {
        const pushes = falling(Math.ceil(n / 2), rng);
        return [...pushes, ...new Array<Op>(n - pushes.length).fill(null)];
      },
    },
    {
      name: 'falling pushes, then push/pop churn above them',
      exposes: 'pops that search a list of minima (indexOf/lastIndexOf) for the popped value',
      input: (n, rng) => {
        const ops: Op[] = falling(Math.ceil(n / 2), rng);
        while (ops.length + 2 <= n) ops.push(rng.int(2_000_000, 3_000_000), null);
        if (ops.length < n) ops.push(rng.int(2_000_000, 3_000_000));
        return ops;
      },
    },
  ],
  run: (impl, ops) => {
    const stack = new impl.MinStack();
    let checksum = 0;
    for (const op of ops) {
      if (op === null) stack.pop();
      else stack.push(op);
      checksum += stack.min()!;
    }
    return checksum;
  },
});
