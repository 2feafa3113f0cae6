/**
 * slow: a linear scan from the top: steps down from hi while the predicate is still true, and returns one past the first false (hi + 1 when hi itself is false).
 * time: O(hi - answer + 1) predicate calls per search: a single call when the predicate is false everywhere, about 0.01·n calls for the bench's other searches (switch in the last 2%), and n calls when the switch is at lo. O(n) per search in the worst case.
 * exposed by: a switch near lo (e.g. predicate x => x >= lo, true everywhere, or a threshold in the first half); the bench's searches, all switching at the far end or never, hide 99% of the cost.
 *
 * "The answer is probably near the end, look there first": the linear search that the bench's
 * input rewards. Half its searches are answered by one call, the rest walk a few percent of the
 * range. Still linear, and a predicate that turns true early costs a call per integer.
 */
export function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  let x = hi;
  while (x >= lo && predicate(x)) x--;
  return x + 1;
}
