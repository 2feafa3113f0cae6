/**
 * A kata's domain: the kinds of value its contract allows, stated once in its metadata
 * (`meta.ts`, field `domain`). Three things are built from it, so they cannot drift apart:
 * - the README's "Constraints" section, which must hold each entry's sentence (`domainSentence`),
 *   checked by `kata dev lint`;
 * - the properties' arbitraries (`arbitraryOf` in `#kit/testing`), which cover the whole range
 *   and lean on its edges;
 * Its shape is validated where metadata is loaded (harness/catalogue/schema.ts).
 *
 * Data only: metadata modules import it through `#kit`, which loads no test library.
 */

export type DomainSpec =
  /** Safe integers in [min, max] (default the whole safe range). */
  | { kind: 'integer'; min?: number; max?: number }
  /** Finite numbers in [min, max] (default every finite double). */
  | { kind: 'number'; min?: number; max?: number }
  /** Strings: any UTF-16 text unless `wellFormed`; `nonEmpty` forbids ''. */
  | { kind: 'string'; nonEmpty?: boolean; wellFormed?: boolean };

/** Domain entries by the name the README uses for them: a parameter (`nums`) or a part of one (`intervals[i][0]`). */
export type Domain = Readonly<Record<string, DomainSpec>>;

const MAX = Number.MAX_SAFE_INTEGER;

/** How a bound reads in a README: 2^53 − 1 for the safe range's end, 10^k for large powers of ten. */
export function formatBound(x: number): string {
  if (x === MAX) return '2^53 − 1';
  if (x === -MAX) return '−(2^53 − 1)';
  if (x === Number.MAX_VALUE) return 'the largest double';
  if (x === -Number.MAX_VALUE) return 'minus the largest double';
  const abs = Math.abs(x);
  const k = Math.log10(abs);
  const sign = x < 0 ? '−' : '';
  if (abs >= 1e4 && Number.isInteger(k)) return `${sign}10^${k}`;
  return `${sign}${String(abs)}`;
}

/** The README sentence for one entry, as lint requires it in the "Constraints" section (as a bullet: `- ` + sentence). */
export function domainSentence(name: string, spec: DomainSpec): string {
  const label = `\`${name}\``;
  switch (spec.kind) {
    case 'integer': {
      const min = spec.min ?? -MAX;
      const max = spec.max ?? MAX;
      if (min === -MAX && max === MAX) return `Every value of ${label} is a safe integer: any integer from −(2^53 − 1) to 2^53 − 1.`;
      if (min === 0 && max === MAX) return `Every value of ${label} is a non-negative safe integer: any integer from 0 to 2^53 − 1.`;
      return `Every value of ${label} is an integer from ${formatBound(min)} to ${formatBound(max)}.`;
    }
    case 'number': {
      const min = spec.min ?? -Number.MAX_VALUE;
      const max = spec.max ?? Number.MAX_VALUE;
      if (min === -Number.MAX_VALUE && max === Number.MAX_VALUE) return `Every value of ${label} is a finite number: fractions, −0 and magnitudes up to the largest double included.`;
      return `Every value of ${label} is a finite number from ${formatBound(min)} to ${formatBound(max)}, fractions included.`;
    }
    case 'string': {
      const what = spec.nonEmpty ? 'a non-empty string' : 'a string';
      const text = spec.wellFormed ? 'of well-formed UTF-16 text' : 'of any UTF-16 code units (lone surrogates included)';
      return `Every value of ${label} is ${what} ${text}; names such as \`__proto__\` and \`constructor\` included.`;
    }
  }
}
