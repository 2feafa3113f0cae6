import { defineKata } from '#kit';

export default defineKata({
  title: 'Next Greater Element',
  difficulty: 'medium',
  target: { class: 'n' },
  domain: { nums: { kind: 'integer', min: 0 } },
  equivalentMutants: {
    'stryker:15:ArrayDeclaration': 'A junk entry at the bottom of the stack indexes nums as undefined, which is never below a value, so it is never popped and answers nothing.',
    'stryker:16:EqualityOperator': 'One extra step with j = nums.length reads undefined, which is greater than nothing, so it pops nothing and only pushes an index no answer refers to.',
    'stryker:18:EqualityOperator': 'On an empty stack the top index is undefined and nums[undefined] is undefined, never below a value: the loop stops there just as with length > 0.',
    'stryker:18:ConditionalExpression': 'Same as the line-18 EqualityOperator mutant: with an empty stack the comparison with undefined is false, so the emptiness test is redundant.',
  },
  hints: [
    'The target is O(n): every index may be looked at a constant number of times in total, even though one new value can answer many earlier questions at once.',
    'Walk left to right and keep the indices that are still waiting for their answer. If `nums[j]` answers index `i`, it also answers every waiting index whose value is smaller than `nums[j]`. What order do the waiting values have?',
    'The waiting values never increase from bottom to top: a waiting index with a smaller value above a larger one would already have been answered. That is a monotonic stack.',
    'For each `j`: while the stack is non-empty and `nums[top] < nums[j]`, pop `top` and set `result[top] = nums[j]`. Then push `j`. Indices still on the stack at the end keep `-1`. Each index is pushed and popped at most once.',
  ],
  notes: {
    asked: [
      'The entry point to monotonic stacks: interviewers expect the O(n²) double loop first, then the stack, and a clear argument for why the stack version is linear (each index is pushed once and popped at most once).',
      'Follow-ups: the array is circular (walk it twice, indices modulo n); return distances instead of values (see daily-temperatures); the previous greater element (walk right to left, or keep what remains on the stack); the next smaller element (flip the comparison).',
      'Be ready to explain whether the stack holds indices or values, and why indices are more useful (they give distances and let you fill `result` in place).',
    ],
    traps: [
      'Using `<=` when popping: equal values then answer each other, which breaks the "strictly greater" rule.',
      'Returning the largest value to the right instead of the first greater one.',
      'Forgetting that indices left on the stack have no answer and must stay `-1`.',
      'Treating the array as circular when the task does not ask for it.',
    ],
    production: [
      'Stock and metrics dashboards compute "how long until this value was exceeded" (span and breakout queries) with the same stack, in one pass over a time series.',
      'Skyline and visibility problems in rendering and map tiling (which buildings are visible from a point) reduce to next-greater queries.',
      'Compilers and query planners use monotonic stacks to find, for each operator, the next operator of higher precedence when building expression trees in linear time.',
    ],
  },
});
