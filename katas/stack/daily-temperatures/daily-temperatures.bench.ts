import { defineBench } from '#kit';
import type * as Kata from './daily-temperatures.ts';

/**
 * n = temps.length. Temperatures fall every day (by random fractional steps), so no day is ever
 * followed by a warmer one: scanning forward from every day walks to the end each time, n²/2
 * steps.
 */
export default defineBench<typeof Kata, number[]>({
  n: 'length of temps',
  input: (n, rng) => {
    const temps = new Array<number>(n);
    let t = 40;
    for (let i = 0; i < n; i++) {
      temps[i] = t;
      t -= 0.01 + rng.float();
    }
    return temps;
  },
  run: (impl, temps) => impl.daysUntilWarmer(temps),
});
