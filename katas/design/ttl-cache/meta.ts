import { defineKata } from '#kit';

export default defineKata({
  title: 'TTL Cache',
  difficulty: 'medium',
  target: { class: 'n log n', text: 'amortised O(log n) per operation' },
  domain: {
    key: { kind: 'string' },
    ttlMs: { kind: 'number', min: Number.MIN_VALUE, max: 10 ** 12 },
    'now()': { kind: 'number', min: 0, max: 10 ** 12 },
  },
  hints: [
    'The target is amortised O(log n) per operation: `size` and `purgeExpired` must not walk over every stored entry each time they are called.',
    'Store each entry with its deadline `t + d` and compare `now() < deadline` on every read. The hard part is knowing which entries have expired without looking at all of them: keep the entries ordered by deadline, so the expired ones are always at the front.',
    'TTLs differ per entry, so a plain queue is not ordered by deadline: use a min-heap keyed on the deadline. Before every operation, pop every heap entry whose deadline is `<= now()`; each pop removes that entry from the Map and adds one to an "expired since the last purge" counter. Then `size` is the Map size and `purgeExpired` returns and resets the counter.',
    'A replaced or deleted entry is still in the heap: mark its entry object as dead instead of searching the heap, and skip dead entries (without counting them) when they reach the top. If dead entries pile up, rebuild the heap from the live ones once they outnumber them.',
  ],
  notes: {
    asked: [
      'Interviewers ask for get/set with expiry first, then "how do you free memory for keys nobody reads again?": the answer is a sweep driven by a heap (or a timer wheel) rather than a scan of every key.',
      'Follow-ups: combine with LRU eviction for a bounded cache; refresh-ahead and stampede protection; what happens when the clock jumps (use a monotonic clock such as `performance.now()` for durations).',
      'Be explicit about the boundary: is an entry live at exactly `t + ttl`? Say which and test it.',
    ],
    traps: [
      'Using `<=` in the liveness check, so an entry is still served at exactly `t + ttl`.',
      'Counting expired entries in `size`, or deleting expired entries on read without recording that they expired.',
      'Keeping the old deadline when a key is set again, or forgetting the per-entry `ttlMs`.',
      'Reading `Date.now()` directly instead of the injected clock, which makes the cache untestable without sleeping.',
      'Accepting `Infinity` or `0` as a TTL: an entry that never expires, or one that is dead on arrival.',
    ],
    production: [
      'Session stores, DNS resolvers, API response caches and idempotency-key stores all expire entries by TTL.',
      'Redis expires keys lazily on access and actively by sampling keys with a TTL; Memcached checks the deadline on read and reclaims memory as it needs it.',
      'Production caches add random jitter to TTLs so a burst of keys written together does not expire together and stampede the database.',
    ],
  },
});
