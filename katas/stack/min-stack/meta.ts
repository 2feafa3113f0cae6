import { defineKata } from '#kit';

export default defineKata({
  title: 'Min Stack',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(1) per operation' },
  domain: { value: { kind: 'number' } },
  hints: [
    'The target is O(1) per operation, so n operations take O(n) time: `min()` cannot scan the stack.',
    'A single "current minimum" variable is not enough: after you pop the minimum, what was the minimum before it was pushed? That information has to be stored somewhere when it is still known.',
    'The minimum of a stack only depends on what lies below the top. So when you push a value, you can also record the minimum of the stack as it is at that moment.',
    'Keep a second array beside the values: `mins[k]` is the minimum of the first k + 1 values. On push, append `Math.min(value, previous minimum)`; on pop, remove from both; `min()` reads the last entry of `mins`.',
  ],
  notes: {
    asked: [
      'A classic design warm-up: interviewers want every operation in O(1) and listen for the insight that the minimum of a stack is determined at push time.',
      'Variations: store the minimum only when it changes (saves memory, but must handle duplicate minima with `<=`); store `[value, minSoFar]` pairs; a max stack; a queue with O(1) `min()` built from two min stacks.',
      'Follow-ups: what does `pop()` return on an empty stack and why `undefined` matches `Array.prototype.pop`; how much extra memory the second array costs and when the "only when it changes" variant is worth it.',
    ],
    traps: [
      'One `min` variable that is never restored: after popping the minimum, `min()` reports a value that is no longer on the stack.',
      'Pushing to the auxiliary stack only when the value is strictly smaller: with two copies of the minimum, popping one also removes it from the auxiliary stack.',
      'Reporting `Infinity` (the initial value of a running minimum) instead of `undefined` for an empty stack.',
      'Letting `size` go negative, or corrupting the auxiliary stack, when `pop()` is called on an empty stack.',
    ],
    production: [
      'Undo stacks in editors and transactional stores keep, alongside each entry, an aggregate of everything below it (a checkpoint), so the aggregate survives any number of undos in O(1).',
      'Sliding-window minimum and maximum over metrics (min latency over the last N requests) is built from two such stacks forming a queue, giving amortised O(1) per sample.',
      'Call-stack profilers and interpreters keep per-frame summaries (deepest resource use, lowest priority seen) on the frame stack itself, restored as frames return.',
    ],
  },
});
