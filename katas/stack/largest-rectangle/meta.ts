import { defineKata } from '#kit';

export default defineKata({
  title: 'Largest Rectangle in a Histogram',
  difficulty: 'hard',
  target: { class: 'n' },
  domain: { heights: { kind: 'integer', min: 0 } },
  hints: [
    'The target is O(n): every bar may be handled a constant number of times in total.',
    'Every optimal rectangle is as tall as its lowest bar. So for each bar, ask: if this bar is the lowest one, how far can the rectangle reach left and right? It stops at the first strictly lower bar on each side.',
    'Both "first lower bar to the left" and "first lower bar to the right" are answered by a monotonic stack of indices whose heights increase from bottom to top. A bar is popped exactly when its first lower bar to the right arrives.',
    'Walk i from 0 to n, treating position n as a bar of height 0. While the stack is non-empty and heights[top] >= the current height, pop top: its rectangle is heights[top] wide from (new top + 1, or 0 if the stack is empty) to i - 1, so the width is i - newTop - 1 (or i). Then push i.',
  ],
  notes: {
    asked: [
      'One of the hardest common stack questions: interviewers expect the O(n²) "expand from every bar" first, then look for the idea that each bar is the lowest bar of exactly one maximal rectangle.',
      'They probe the width formula when a bar is popped (the left limit is the new top of the stack, not the popped index) and how the remaining bars are flushed at the end (a sentinel of height 0).',
      'Follow-ups: the largest rectangle of 1s in a binary matrix (run this once per row over column heights); the divide-and-conquer alternative around the minimum and why it is O(n²) on sorted input; trapping rain water with the same stack.',
    ],
    traps: [
      'Computing the width from the popped index (`i - popped`) instead of from the bar below it on the stack, which misses rectangles extending to the left over taller bars.',
      'Forgetting to flush the bars left on the stack after the last bar: an ascending histogram then never pops anything.',
      'Crashing or returning -Infinity on an empty histogram, e.g. with `Math.max(...[])`.',
      'A recursive divide-and-conquer that recurses n levels deep on sorted heights and overflows the call stack.',
    ],
    production: [
      'Capacity planning: the largest block of time during which at least k servers (or a given bandwidth) were available, over a utilisation histogram.',
      'Image processing and layout engines find the largest empty rectangle (for placing a label, an ad slot or a window) by running this algorithm row by row over a grid.',
      'Memory and disk allocators search free-space maps for the largest contiguous region above a threshold with the same monotonic stack.',
    ],
  },
});
