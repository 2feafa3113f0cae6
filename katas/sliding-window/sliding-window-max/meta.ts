import { defineKata } from '#kit';

export default defineKata({
  title: 'Sliding Window Max',
  difficulty: 'hard',
  target: { class: 'n' },
  domain: { nums: { kind: 'number' } },
  hints: [
    'The target is O(n) whatever k is: every index is added once and removed at most once. Scanning each window for its maximum is O(n·k); a heap of the window is O(n log k).',
    'A running maximum cannot simply be "updated" when the maximum leaves the window. But notice: once a larger value enters, every smaller value to its left can never be a window maximum again, because it will leave before the larger one does.',
    'Keep a deque of indices whose values are strictly decreasing from front to back. For each i: pop from the back while `nums[back] <= nums[i]`, push i; pop from the front if it is `<= i - k` (it left the window); once `i >= k - 1`, the front is the window\'s maximum. Use an array with a head pointer: `shift()` can cost O(n).',
  ],
  notes: {
    asked: [
      'The classic monotonic-deque question. Interviewers usually accept the heap answer first (O(n log k), with lazy deletion of indices that left the window) and then ask for O(n).',
      'Be ready to explain the amortised argument: each index is pushed once and popped at most once, so the inner while loops total O(n).',
      'Follow-ups: window minimum (flip the comparison); both at once (two deques); the longest subarray whose max − min stays within a limit (two deques and a variable-size window).',
    ],
    traps: [
      'Storing values instead of indices in the deque, then expiring the front by comparing values: with duplicates, the wrong copy is removed.',
      'Expiring the front with `< i - k` instead of `<= i - k`, which lets a window of k + 1 elements through.',
      'Emitting from `i >= k` instead of `i >= k - 1`, which loses the first window.',
      'Using `Array.prototype.shift` as the deque pop: it moves every element, so the "O(n)" solution is quadratic on large windows.',
      '`Math.max(...nums.slice(i, i + k))` in the brute force: spreading a large window overflows the call stack.',
    ],
    production: [
      'Monitoring systems alert on the peak latency or peak queue depth over the last N seconds: a windowed maximum over a stream, kept per metric with exactly this deque.',
      'Trading and pricing systems track rolling highs and lows (e.g. the 52-week high) the same way, in O(1) amortised per tick.',
    ],
  },
});
