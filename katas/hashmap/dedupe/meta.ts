import { defineKata } from '#kit';

export default defineKata({
  title: 'Dedupe',
  difficulty: 'easy',
  target: { class: 'n' },
  domain: {
    'items (finite numbers)': { kind: 'number' },
    'items (strings)': { kind: 'string' },
  },
  hints: [
    'The target is O(n): one pass over `items`, constant work per item. Searching the result built so far for every item (`result.includes(item)`) is O(n²) when most items are distinct.',
    'You need a set of "values already seen" with O(1) membership. Think about which built-in collection already uses exactly the equality the rules ask for, so that `NaN` and `-0` need no special cases.',
    'Keep a `Set` of seen values. For each item: if the set has it, skip it; otherwise add it to the set and push the item itself (not a value read back from the set) onto the result.',
  ],
  notes: {
    asked: [
      'Often asked as a warm-up to see whether you reach for a Set and can state the time/space trade: O(n) time for O(n) extra memory versus O(n²) time in place.',
      'Follow-ups: keep the last occurrence instead of the first; dedupe objects by a key field (a Map from key to item); dedupe a stream that never ends (a bounded window of recent keys, or a Bloom filter that allows rare false positives).',
      'Expect "what does equal mean here?": JavaScript has four equalities (`==`, `===`, SameValueZero, `Object.is`), and the answer decides what happens to `NaN`, `-0` and objects.',
    ],
    traps: [
      '`items.filter((x, i) => items.indexOf(x) === i)`: `indexOf` uses `===`, never finds `NaN`, and so drops every `NaN` (it is also O(n²)).',
      'Comparing with `===` by hand keeps every `NaN`; comparing with `Object.is` keeps both `0` and `-0`.',
      'Keying a Set or object by `String(item)` or `JSON.stringify(item)`: `1` and `"1"` collide, and every plain object collapses into one.',
      'Splicing duplicates out of the input array: it is read-only, and splicing inside a loop is quadratic anyway.',
    ],
    production: [
      'Message consumers with at-least-once delivery (Kafka, SQS) dedupe by message id so a redelivered message is processed once; the "seen" set lives in Redis or a database unique index and expires after a window.',
      'Idempotency keys on payment APIs are the same idea: the first request with a key does the work, repeats return the stored result.',
      'At scale an exact seen-set may not fit in memory; a Bloom filter answers "maybe seen" with bounded memory and is backed by an exact check only on a hit.',
    ],
  },
});
