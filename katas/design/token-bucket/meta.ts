import { defineKata } from '#kit';

export default defineKata({
  title: 'Token Bucket',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(1) per call' },
  domain: {
    key: { kind: 'string' },
    capacity: { kind: 'number', min: Number.MIN_VALUE, max: 10 ** 6 },
    refillPerSecond: { kind: 'number', min: Number.MIN_VALUE, max: 10 ** 6 },
    cost: { kind: 'number', min: Number.MIN_VALUE, max: 10 ** 6 },
    'now()': { kind: 'integer', min: 0 },
  },
  hints: [
    'The target is O(1) per call: a call may only touch the bucket of its own key, never loop over all keys or replay past requests.',
    'You do not need a timer to add tokens. If you know how many tokens a bucket held at some moment and how much time has passed since, you can compute how many it holds now.',
    'Store, per key, `{ tokens, updatedAt }`. On every call, first bring the bucket up to date: `tokens = Math.min(capacity, tokens + (now - updatedAt) / 1000 * refillPerSecond)` and `updatedAt = now`. A key you have never seen is a full bucket.',
    'Then `tryTake` compares `tokens >= cost`: subtract and return true, or change nothing and return false. `tokens(key)` computes the same refill without storing anything. Validate `cost` before touching the bucket, and both options in the constructor.',
  ],
  notes: {
    asked: [
      'Rate limiting is a standard system design question; the coding part is usually exactly this class. Expect to compare token bucket, leaky bucket, fixed window and sliding window (burst tolerance, memory per key, precision).',
      'Follow-ups: make it work across many servers (Redis plus an atomic Lua script); return a Retry-After header (the time until `cost` tokens are available is `(cost - tokens) / rate`); memory for millions of idle keys (expire full buckets).',
      'Interviewers check that you refill lazily instead of running a timer per key, and that a refused request takes nothing.',
    ],
    traps: [
      'Forgetting the `Math.min(capacity, ...)`, so an idle key builds up an unlimited burst.',
      'Refilling without moving `updatedAt` forward, so the same elapsed time is added again on the next call.',
      'Mixing units: the rate is per second, the clock is in milliseconds.',
      'Taking tokens (or going negative) on a refused request, which punishes clients that retry.',
      'One bucket shared by every key, or `Date.now()` read directly instead of the injected clock.',
    ],
    production: [
      'API gateways, cloud provider APIs and network traffic shapers throttle with token buckets: capacity is the allowed burst, the rate is the sustained throughput.',
      'Across servers the bucket is a Redis hash updated by a Lua script, so the read-refill-take-write sequence is atomic and uses one clock.',
      'Idle buckets are dropped (a Redis TTL of capacity / rate seconds): a missing bucket is a full one, so no information is lost.',
    ],
  },
  noBruteForce:
    'The first answer anyone gives is already O(1) per call: store each key\'s tokens and the time they were last updated, and refill lazily. Slower designs (a timer that tops up every bucket, or replaying every past request) are not answers anyone would defend, so there is nothing to compare the reference with.',
});
