import { defineBench } from '#kit';
import type * as Kata from './largest-rectangle.ts';

/**
 * n = heights.length. Heights rise strictly from left to right (random steps), so every bar can
 * extend to the right end: growing a rectangle outwards from each bar walks n - i bars for bar i,
 * n²/2 steps in all.
 */
export default defineBench<typeof Kata, number[]>({
  n: 'length of heights',
  input: (n, rng) => {
    const heights = new Array<number>(n);
    let h = 0;
    for (let i = 0; i < n; i++) {
      h += rng.int(1, 3);
      heights[i] = h;
    }
    return heights;
  },
  run: (impl, heights) => impl.largestRectangle(heights),
});
