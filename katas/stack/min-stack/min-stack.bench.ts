import { defineBench, sameAnswer } from '#kit';
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

/** Codes for results that are not an integer: undefined (an empty stack) and anything else. Inputs stay within ±3 000 000. */
const EMPTY_CODE = 0x7fff_ffff;
const OTHER_CODE = 0x7fff_fffe;

/**
 * One more result folded into the running 32-bit hash of all results (an FNV-1a step on a whole
 * value). For a given hash, different codes give different hashes, and every later step is a
 * bijection of the hash: a single wrong result always changes the final hash.
 */
function mix(hash: number, result: number | undefined): number {
  const code = result === undefined ? EMPTY_CODE : Number.isInteger(result) ? result : OTHER_CODE;
  return Math.imul(hash ^ code, 0x0100_0193);
}

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
  // Returns a hash of every result in order (each pop()'s value, each min()) so answersAgree can
  // compare it with the reference's. It used to return the sum of the min() results: that ignored
  // pop()'s results, and it turned NaN once the stack emptied (the pop-them-all family at every
  // even n), after which any solution agreed with the reference. The timed work is unchanged
  // apart from hashing one number per result instead of adding it.
  run: (impl, ops) => {
    const stack = new impl.MinStack();
    let hash = 0x811c_9dc5;
    for (const op of ops) {
      if (op === null) hash = mix(hash, stack.pop());
      else stack.push(op);
      hash = mix(hash, stack.min());
    }
    return hash >>> 0;
  },
  answersAgree: sameAnswer,
});
