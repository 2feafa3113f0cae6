/**
 * Arbitraries for the kinds of value the katas' contracts allow, re-exported by `#kit/testing`.
 *
 * A property that draws only small integers and ordinary words proves the kata for small integers
 * and ordinary words: wrong solutions that keep values in an `Int32Array`, sort numbers with the
 * default (string) order, or keep per-key state in a plain object pass such tests. Each arbitrary
 * here covers its whole stated range and is biased to the values where real code breaks:
 *
 * - integers: ±2³¹ and their neighbours (Int32 wrap-around), ±2³² (Uint32), ±(2⁵³−1) (the safe
 *   range's ends), −0, and values whose decimal strings sort differently from the numbers
 *   (2 against 10, 9 against 100);
 * - finite numbers: the above plus fractions (truncation), the smallest subnormal and magnitudes
 *   near the largest double;
 * - string keys: names an object literal already has (`__proto__`, `constructor`, `toString`,
 *   `hasOwnProperty`, `valueOf`), the empty string, lone surrogates, and any UTF-16 text.
 *
 * Small values stay common (a third of the draws) so ties and repeats still happen; the edges are
 * drawn about a quarter of the time, exact or a step away; the rest is uniform over the range.
 */
import fc from 'fast-check';
import type { DomainSpec } from './domain-spec.ts';

const TWO_31 = 2 ** 31;
const TWO_32 = 2 ** 32;

/** Integers where 32-bit storage, string sorting or the safe range give a wrong answer. */
export const INTEGER_EDGES: readonly number[] = [
  0, -0, 1, -1, 2, 9, 10, 11, 100, 1000,
  TWO_31 - 1, TWO_31, TWO_31 + 1, -TWO_31, -TWO_31 - 1,
  TWO_32 - 1, TWO_32, TWO_32 + 1, -TWO_32,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER + 1,
];

/** Non-integers and extreme magnitudes, on top of INTEGER_EDGES, for contracts that allow any finite number. */
export const FRACTION_EDGES: readonly number[] = [
  0.5, -0.5, 1.5, -1.5, 0.1, 0.2, 0.3, 2.5, TWO_31 + 0.5, -TWO_31 - 0.5,
  Number.MIN_VALUE, -Number.MIN_VALUE, Number.EPSILON, 1e-9, 1e15 + 0.5, 1e300, -1e300,
];

/** String keys an object literal or a careless key scheme gets wrong. */
export const KEY_EDGES: readonly string[] = [
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '',
  '\uD800', '\uDFFF', 'a\uDC00b', '0', '1', '-1', '01', 'length', ' ', 'é', 'e\u0301', '😀',
];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string is well-formed UTF-16 (no lone surrogate): String.prototype.isWellFormed, which this project's TypeScript lib does not declare. */
export function isWellFormed(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

export interface Range {
  min?: number;
  max?: number;
}

export interface IntegerRange extends Range {
  /** Draw −0 among the edges (default true; turn it off where the contract's arithmetic would make −0 and 0 indistinguishable only by sign). */
  negativeZero?: boolean;
}

function inRange(value: number, min: number, max: number): boolean {
  return value >= min && value <= max;
}

function mix(small: fc.Arbitrary<number>, edges: readonly number[], uniform: fc.Arbitrary<number>, min: number, max: number, integer: boolean): fc.Arbitrary<number> {
  const usable = edges.filter((e) => inRange(e, min, max));
  const near = usable.flatMap((e) => [e - 1, e + 1]).filter((e) => inRange(e, min, max) && (!integer || Number.isSafeInteger(e)));
  const parts: fc.WeightedArbitrary<number>[] = [
    { arbitrary: small, weight: 4 },
    { arbitrary: uniform, weight: 3 },
  ];
  if (usable.length) parts.push({ arbitrary: fc.constantFrom(...usable), weight: 2 });
  if (near.length) parts.push({ arbitrary: fc.constantFrom(...near), weight: 1 });
  return fc.oneof(...parts);
}

function bounds(range: Range, lowest: number, highest: number): [number, number] {
  const min = range.min ?? lowest;
  const max = range.max ?? highest;
  if (!(min <= max)) throw new RangeError(`domain range: min ${min} is above max ${max}`);
  return [min, max];
}

/**
 * Safe integers in [min, max] (default the whole safe range), biased to INTEGER_EDGES and small values.
 * Shrinks towards 0 (or the end of the range nearest to it).
 */
export function safeIntegers(range: IntegerRange = {}): fc.Arbitrary<number> {
  const [min, max] = bounds(range, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max)) throw new RangeError(`safeIntegers: bounds must be safe integers, got [${min}, ${max}]`);
  const edges = range.negativeZero === false ? INTEGER_EDGES.filter((e) => !Object.is(e, -0)) : INTEGER_EDGES;
  const smallLow = Math.max(min, Math.min(max, -8));
  const smallHigh = Math.min(max, Math.max(min, 8));
  return mix(fc.integer({ min: smallLow, max: smallHigh }), edges, fc.integer({ min, max }), min, max, true);
}

/** Non-negative safe integers up to `max`, with the same bias (no −0 unless asked for). */
export function naturals(max: number = Number.MAX_SAFE_INTEGER, options: { negativeZero?: boolean } = {}): fc.Arbitrary<number> {
  return safeIntegers({ min: 0, max, negativeZero: options.negativeZero ?? false });
}

/**
 * Finite doubles in [min, max] (default every finite double): fractions, subnormals, huge
 * magnitudes and the integer edges, with small integers common so that ties happen.
 */
export function finiteNumbers(range: Range & { negativeZero?: boolean } = {}): fc.Arbitrary<number> {
  const [min, max] = bounds(range, -Number.MAX_VALUE, Number.MAX_VALUE);
  let edges = [...INTEGER_EDGES, ...FRACTION_EDGES];
  if (range.negativeZero === false) edges = edges.filter((e) => !Object.is(e, -0));
  const smallLow = Math.ceil(Math.max(min, Math.min(max, -8)));
  const smallHigh = Math.floor(Math.min(max, Math.max(min, 8)));
  const small = smallLow <= smallHigh ? fc.integer({ min: smallLow, max: smallHigh }) : fc.constant(min);
  const uniform = fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).filter((x) => range.negativeZero !== false || !Object.is(x, -0));
  return mix(small, edges, uniform, min, max, false);
}

/**
 * Units of the arbitrary strings, built by hand: fast-check's own 'binary' unit took 1.2 s of CPU to
 * build (7–10 s on a loaded machine), enough to run a property out of time before its first case.
 * Any UTF-16 code unit (lone surrogates included) or an astral code point (a surrogate pair).
 */
const CODE_UNIT = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), weight: 4 },
  { arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)), weight: 1 },
);
/** Any code point but a surrogate: well-formed text, combining marks and emoji included. */
const WELL_FORMED_UNIT = fc.integer({ min: 0, max: 0x10ffff - 0x800 }).map((c) => String.fromCodePoint(c < 0xd800 ? c : c + 0x800));

export interface KeyOptions {
  /** Longest generated key, in code points; the edges are at most 9 units long; default 8. */
  maxLength?: number;
  /** Leave out the empty string (for contracts that forbid it). */
  nonEmpty?: boolean;
  /** Only well-formed UTF-16 (no lone surrogates), for contracts that say so. */
  wellFormed?: boolean;
}

/**
 * String keys: KEY_EDGES, short lowercase words (so the same key repeats), and arbitrary UTF-16
 * strings, lone surrogates included unless `wellFormed`.
 */
export function keys(options: KeyOptions = {}): fc.Arbitrary<string> {
  const maxLength = options.maxLength ?? 8;
  const minLength = options.nonEmpty ? 1 : 0;
  const keep = (s: string) => s.length >= minLength && (!options.wellFormed || isWellFormed(s));
  const edges = KEY_EDGES.filter(keep);
  const words = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength, maxLength: Math.min(maxLength, 3) });
  const any = fc.string({ unit: options.wellFormed ? WELL_FORMED_UNIT : CODE_UNIT, minLength, maxLength }).filter(keep);
  return fc.oneof({ arbitrary: words, weight: 4 }, { arbitrary: fc.constantFrom(...edges), weight: 3 }, { arbitrary: any, weight: 2 });
}

/** Graph node names: non-empty keys by default (a node called `__proto__` or `constructor` included). */
export function nodeNames(options: KeyOptions = {}): fc.Arbitrary<string> {
  return keys({ nonEmpty: true, ...options });
}

/**
 * The arbitrary for a kata's domain entry (`meta.domain.<name>`): the README states the range,
 * and the properties draw over all of it. `options` narrow it for one property (a smaller string
 * length, no −0 where the test's own arithmetic cannot tell −0 from 0), never widen it.
 */
export function arbitraryOf(spec: DomainSpec, options: { min?: number; max?: number; negativeZero?: boolean; maxLength?: number } = {}): fc.Arbitrary<number> | fc.Arbitrary<string> {
  const narrow = (lo: number | undefined, hi: number | undefined): Range => ({
    ...(lo !== undefined || options.min !== undefined ? { min: Math.max(lo ?? -Infinity, options.min ?? -Infinity) } : {}),
    ...(hi !== undefined || options.max !== undefined ? { max: Math.min(hi ?? Infinity, options.max ?? Infinity) } : {}),
  });
  const zero = options.negativeZero === undefined ? {} : { negativeZero: options.negativeZero };
  switch (spec.kind) {
    case 'integer': return safeIntegers({ ...narrow(spec.min, spec.max), ...zero });
    case 'number': return finiteNumbers({ ...narrow(spec.min, spec.max), ...zero });
    case 'string': return keys({ ...(spec.nonEmpty ? { nonEmpty: true } : {}), ...(spec.wellFormed ? { wellFormed: true } : {}), ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}) });
  }
}

/** `arbitraryOf` for a numeric entry, typed as numbers (throws on a string entry). */
export function numbersOf(spec: DomainSpec | undefined, options: Parameters<typeof arbitraryOf>[1] = {}): fc.Arbitrary<number> {
  if (!spec || spec.kind === 'string') throw new RangeError(`numbersOf: the domain entry is ${spec ? 'a string kind' : 'missing'}; declare it in meta.ts \`domain\` as { kind: 'integer' | 'number', ... }`);
  return arbitraryOf(spec, options) as fc.Arbitrary<number>;
}

/** `arbitraryOf` for a string entry, typed as strings (throws on a numeric entry). */
export function stringsOf(spec: DomainSpec | undefined, options: { maxLength?: number } = {}): fc.Arbitrary<string> {
  if (!spec || spec.kind !== 'string') throw new RangeError(`stringsOf: the domain entry is ${spec ? `of kind ${spec.kind}` : 'missing'}; declare it in meta.ts \`domain\` as { kind: 'string', ... }`);
  return arbitraryOf(spec, options) as fc.Arbitrary<string>;
}
