/**
 * optimal: divide and conquer without a heap: merge the lists in pairs, then the results in pairs, round after round, until one list is left.
 * time: O(N log k): each round reads and writes every value once and halves the number of lists, so there are ⌈log2 k⌉ rounds. With the bench's k = N/4, O(N log N). Extra memory O(N) per round (the previous round is dropped).
 *
 * The same bound as the heap of heads, by the merge-sort argument instead of a priority queue: a
 * value takes part in one two-list merge per level of a balanced merge tree. The loop runs the
 * tree bottom-up, so there is no recursion, and the inner merge is the simplest code there is.
 */
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  let round: (readonly number[])[] = lists.filter((list) => list.length > 0);
  if (round.length === 0) return [];
  if (round.length === 1) return round[0]!.slice(); // a copy: the input list is read-only
  while (round.length > 1) {
    const merged: number[][] = [];
    for (let i = 0; i + 1 < round.length; i += 2) merged.push(mergeTwo(round[i]!, round[i + 1]!));
    if (round.length % 2 === 1) merged.push(round[round.length - 1]!.slice());
    round = merged;
  }
  return round[0] as number[]; // built by the last merge, so already a fresh array
}

function mergeTwo(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) out[o++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[o++] = a[i++]!;
  while (j < b.length) out[o++] = b[j++]!;
  return out;
}
