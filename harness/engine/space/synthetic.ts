/**
 * Synthetic functions of known space, for measure.test.ts: run as a script in a process started
 * with SPACE_NODE_FLAGS, it measures `learner` against `reference` (names below) and prints the
 * SpaceMeasurement as JSON on stdout.
 */
import { defineBench } from '../../kit/index.ts';
import { measureSpace } from './measure.ts';

type Impl = { f: (n: number) => unknown };

export const SYNTHETIC: Record<string, Impl> = {
  /** O(1): a running sum. */
  constant: { f: (n) => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; } },
  /** O(n): a prefix array of doubles kept during the call, a number returned. */
  linearKept: { f: (n) => { const a: number[] = [0]; for (let i = 0; i < n; i++) a.push(a[i]! + i * 0.5); return a[n]! - a[n >> 1]!; } },
  /** O(n): preallocated at once (large-object space, no scavenge). */
  linearPrealloc: { f: (n) => { const a = new Array<number>(n + 1).fill(0); for (let i = 1; i <= n; i++) a[i] = a[i - 1]! + i; return a[n]; } },
  /** O(n) short-lived garbage, O(1) live: a 1 024-element array per 1 024 steps, dropped at once. */
  garbage: { f: (n) => { let s = 0; for (let i = 0; i < n; i += 1024) { const chunk = new Array<number>(1024).fill(i); s += chunk[1023]!; } return s; } },
  /** O(n) result, O(1) extra: the returned array. */
  result: { f: (n) => { const a: number[] = []; for (let i = 0; i < n; i++) a.push(i * 2); return a; } },
  /** O(n) typed array kept during the call (external memory). */
  typed: { f: (n) => { const a = new Float64Array(n); for (let i = 1; i < n; i++) a[i] = a[i - 1]! + i; return a[n - 1]; } },
  /** O(n) typed garbage, O(1) live: a 256-element typed array per 256 steps. */
  typedGarbage: { f: (n) => { let s = 0; for (let i = 0; i < n; i += 256) { const a = new Float64Array(256); a[0] = i; s += a[0]!; } return s; } },
};

export const spec = defineBench<Impl, number>({
  n: 'elements',
  sizes: { kind: 'doubling', minN: 1 << 13, maxN: 1 << 19 },
  input: (n) => n,
  run: (impl, n) => impl.f(n),
});

if (process.argv[2]) {
  const pairs = JSON.parse(process.argv[2]) as { learner: string; reference: string }[];
  const out = pairs.map(({ learner, reference }) => measureSpace(spec, { learner: SYNTHETIC[learner]!, reference: SYNTHETIC[reference]! }, 'synthetic', { seed: 3, inputsPerSize: 2 }));
  process.stdout.write(JSON.stringify(out));
}
