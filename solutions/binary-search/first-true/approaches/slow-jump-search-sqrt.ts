/**
 * slow: jump search over the integers: probes lo + s - 1, lo + 2s - 1, … with s = ⌈√(hi - lo + 1)⌉ until the predicate turns true, then tries every integer of that block from its start.
 * known miss: √n against log n is a ratio whose log-log slope is 0.5 − 1/ln n (≈ 0.43 at the engine's largest n, 2^22), under the rule's 0.5
 * time: O(√n) predicate calls and time per search, n = hi - lo: O(√n) for the bench's fixed batch of 64 searches, against O(log n). It also breaks the contract's call bound for wide ranges.
 * exposed by: switches late in the range or no switch at all (the bench's searches), on large n; the gap to binary search grows only like √n / log n (about 50× at n = 2^20).
 *
 * The method taught next to binary search for data where moving backwards is costly. Each call
 * skips √n candidates and the final block is scanned, so it is sublinear and feels fast; doubling
 * the range still multiplies its calls by 1.41, where binary search adds one.
 */
export function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  const count = hi - lo + 1;
  const step = Math.max(1, Math.ceil(Math.sqrt(count)));
  let blockStart = lo; // every x < blockStart is known false
  for (;;) {
    const probe = blockStart + step - 1;
    if (probe >= hi) break; // the last, possibly short, block: scan it
    if (predicate(probe)) break; // the switch is in [blockStart, probe]
    blockStart = probe + 1;
  }
  for (let x = blockStart; x <= hi; x++) if (predicate(x)) return x;
  return hi + 1;
}
