/**
 * Token Bucket: a per-key rate limiter that allows bursts, on an injected clock.
 * Read README.md for the rules and examples; run `npx kata check token-bucket` to test.
 */
import { NotImplemented } from '#kit';

/** One bucket of tokens per key, refilling continuously up to `capacity`. */
export class TokenBucket {
  /**
   * @param options.capacity the most tokens a bucket holds, and what a new key starts with;
   *   positive, else `RangeError`
   * @param options.refillPerSecond tokens added per second; positive, else `RangeError`
   * @param options.now the clock, in ms; defaults to `Date.now`
   */
  constructor(options: { capacity: number; refillPerSecond: number; now?: () => number }) {
    // TODO: write your solution here, then delete the line below.
    throw new NotImplemented('TokenBucket');
  }

  /**
   * Takes `cost` tokens from the key's bucket if it holds that many right now.
   *
   * @param cost tokens to take, default 1; positive, else `RangeError`
   * @returns `true` if the tokens were taken, `false` (and nothing taken) otherwise
   */
  tryTake(key: string, cost?: number): boolean {
    throw new NotImplemented('TokenBucket.tryTake');
  }

  /** How many tokens the key's bucket holds right now (a real number). Changes nothing. */
  tokens(key: string): number {
    throw new NotImplemented('TokenBucket.tokens');
  }
}
