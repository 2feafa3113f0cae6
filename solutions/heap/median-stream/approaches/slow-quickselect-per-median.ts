/**
 * slow: add appends to an unsorted array; every median() copies it and runs quickselect (Hoare partition, middle pivot) for the middle rank, plus a scan for the second middle value when the count is even.
 * time: O(1) per add, O(n) expected per median(): O(n²) for the bench's n adds each followed by median().
 * exposed by: any stream that asks for the median after each add (the bench's workload).
 *
 * Better than sorting at every query (O(n) instead of O(n log n)), which is why it feels like the
 * answer: "you don't need to sort to find the median". But nothing is kept between queries, so
 * each median() starts from scratch on a copy of everything seen so far.
 */
export class MedianFinder {
  readonly #values: number[] = [];

  add(value: number): void {
    this.#values.push(value);
  }

  median(): number {
    const n = this.#values.length;
    if (n === 0) throw new RangeError('median() of an empty stream: add a value first.');
    const a = this.#values.slice();
    const upper = n >> 1;
    select(a, upper);
    if (n % 2 === 1) return a[upper]!;
    // After selecting rank `upper`, the largest of a[0..upper-1] is rank upper - 1.
    let lowerMiddle = a[0]!;
    for (let i = 1; i < upper; i++) if (a[i]! > lowerMiddle) lowerMiddle = a[i]!;
    return (lowerMiddle + a[upper]!) / 2;
  }
}

/** Rearranges `a` so that a[rank] holds the value of that rank, smaller-or-equal ones before it. */
function select(a: number[], rank: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] (if any) equal the pivot.
    if (rank <= j) hi = j;
    else if (rank >= i) lo = i;
    else return;
  }
}
