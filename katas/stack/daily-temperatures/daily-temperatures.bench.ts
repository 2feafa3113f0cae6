import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './daily-temperatures.ts';

/**
 * n = temps.length. Temperatures fall every day (by random fractional steps), so no day is ever
 * followed by a warmer one: scanning forward from every day walks to the end each time, n²/2
 * steps.
 *
 * Two more families: temperatures that rise every day, where each day is answered at once (slow
 * code that handles days warmest first or keeps the wrong end of an array busy pays there); and
 * falling temperatures closed by one day warmer than all, which answers every waiting day at
 * once and so pops the whole stack in one go (a pop that copies the stack costs O(n) each).
 */
function falling(n: number, rng: { float(): number }): number[] {
  const temps = new Array<number>(n);
  let t = 40;
  for (let i = 0; i < n; i++) {
    temps[i] = t;
    t -= 0.01 + rng.float();
  }
  return temps;
}

export default defineBench<typeof Kata, number[]>({
  n: 'length of temps',
  inputName: 'falling temperatures',
  input: (n, rng) => falling(n, rng),
  families: [
    {
      name: 'rising temperatures',
      exposes: 'days handled warmest first with a sorted array grown by splice at the front',
      input: (n, rng) => falling(n, rng).reverse(),
    },
    {
      name: 'falling temperatures, then one warmer day',
      exposes: 'a waiting stack popped by copying it (slice) when one day answers them all',
      input: (n, rng) => {
        const temps = falling(Math.max(0, n - 1), rng);
        temps.push(41 + rng.float());
        return temps;
      },
    },
  ],
  run: (impl, temps) => impl.daysUntilWarmer(temps),
  answersAgree: sameAnswer,
});
