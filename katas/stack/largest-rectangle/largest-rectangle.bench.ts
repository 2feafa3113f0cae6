import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './largest-rectangle.ts';

/**
 * n = heights.length. Heights rise strictly from left to right (random steps), so every bar can
 * extend to the right end: growing a rectangle outwards from each bar walks n - i bars for bar i,
 * n²/2 steps in all.
 *
 * A second family mirrors it: heights fall strictly, so every bar extends to the left end and
 * every bar is followed by a lower one. Code that finds only one side's limit with the stack and
 * walks bar by bar for the other, or that scans left from every bar followed by a lower one,
 * pays n²/2 steps there while rising heights keep those walks short.
 */
function rising(n: number, rng: { int(min: number, max: number): number }): number[] {
  const heights = new Array<number>(n);
  let h = 0;
  for (let i = 0; i < n; i++) {
    h += rng.int(1, 3);
    heights[i] = h;
  }
  return heights;
}

export default defineBench<typeof Kata, number[]>({
  n: 'length of heights',
  inputName: 'strictly rising heights',
  input: (n, rng) => rising(n, rng),
  families: [
    {
      name: 'strictly falling heights',
      exposes: 'limits found by walking left bar by bar, or scans from every bar followed by a lower one',
      input: (n, rng) => rising(n, rng).reverse(),
    },
  ],
  run: (impl, heights) => impl.largestRectangle(heights),
  answersAgree: sameAnswer,
});
