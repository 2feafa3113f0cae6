import { defineKata } from '#kit';

export default defineKata({
  title: 'Min-Heap',
  difficulty: 'medium',
  target: { class: 'n log n', text: 'O(log n) per push and pop; O(n log n) for n pushes then n pops' },
  domain: { 'value: number': { kind: 'number' }, 'value: string': { kind: 'string' } },
  hints: [
    'The target is O(log n) per push and pop and O(1) for peek: n pushes followed by n pops must cost O(n log n), so neither operation may look at every value.',
    'Keep the values in a plain array laid out as a complete binary tree: the children of index i live at 2i + 1 and 2i + 2, its parent at (i - 1) >> 1. The only rule: no value is smaller than its parent, so the smallest sits at index 0.',
    'push: append at the end, then swap it with its parent while it is smaller ("sift up"). pop: remember index 0, move the LAST value into index 0, shrink the array, then swap that value with its smaller child while the child is smaller ("sift down").',
    'Write one helper `before(i, j)` that returns `compare(a[i], a[j]) < 0`, with the default compare `(a, b) => (a < b ? -1 : a > b ? 1 : 0)`. Mind the pop of the very last value: after removing the tail there is nothing left to move to the root.',
  ],
  notes: {
    asked: [
      'Interviewers ask for the array layout and both sift operations from memory, then the cost of each: O(log n) push and pop, O(1) peek.',
      'Follow-ups: build a heap from n values in O(n) with bottom-up heapify (and why it is O(n), not O(n log n)); support decrease-key or removal of an arbitrary item (keep an index map); make it a max-heap (flip the comparator).',
      'Why not a sorted array? Insertion is O(n) because of the shifting. Why not a balanced BST? It works, with larger constants and more code; a heap only promises the minimum, which is all a priority queue needs.',
    ],
    traps: [
      'Popping the last value: `a[0] = a.pop()` puts the removed element straight back when only one was left.',
      'Sifting down against the left child only: the right child may be smaller, and the heap order silently breaks.',
      'A default comparator of `a - b`: it turns into NaN for strings, and every comparison with NaN is false.',
      'Ignoring the `compare` argument after storing it, or treating its result as a boolean instead of by its sign.',
      'Off-by-one parent and child indices when switching between 0-based and 1-based layouts.',
    ],
    production: [
      'Timer wheels and schedulers (Node.js timers, job queues with run-at times, cron-like delayed jobs) keep the next deadline on top of a heap.',
      "Dijkstra's algorithm in routing services, k-way merges in databases and log compaction, and top-k queries in analytics all run on a binary heap.",
      'Task queues with priorities (see priority-task-queue) add a sequence number to the comparator so equal priorities stay first-in, first-out.',
    ],
  },
});
