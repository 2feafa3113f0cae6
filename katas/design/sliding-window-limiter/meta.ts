import { defineKata } from '#kit';

export default defineKata({
  title: 'Sliding Window Limiter',
  difficulty: 'medium',
  target: { class: 'n', text: 'amortised O(1) per call' },
  domain: {
    key: { kind: 'string' },
    limit: { kind: 'integer', min: 1, max: 10 ** 6 },
    windowMs: { kind: 'number', min: Number.MIN_VALUE },
    'now()': { kind: 'integer', min: 0 },
  },
  equivalentMutants: {
    'int32-outputs': '`allow` returns only booleans, so there is no number in any output for an Int32 to truncate or wrap.',
  },
  hints: [
    'The target is amortised O(1) per call: a call may not look at timestamps that already left the window more than once, and never at other keys.',
    'You only ever need the timestamps of ALLOWED requests that are still inside the window. Timestamps arrive in increasing order, so the ones that leave the window are always the oldest ones.',
    'Keep, per key, a queue of allowed timestamps in arrival order. On each call, drop from the front every timestamp `s` with `s <= now - windowMs`; the queue length is then the count in the window. Allow (and push `now`) only if it is below `limit`.',
    'Array.prototype.shift is O(length) in the worst case: use a read index into the array and compact it now and then, or a ring buffer of capacity `limit` (the request is allowed if the buffer is not full, or its oldest timestamp is `<= now - windowMs`).',
  ],
  notes: {
    asked: [
      'Rate limiter design is one of the most common system design questions; expect to compare fixed window, sliding log, sliding window counter and token bucket, with their memory and accuracy.',
      'Follow-ups: run it across many servers (Redis sorted set per key with ZREMRANGEBYSCORE, ZCARD and a conditional ZADD in one Lua script); return Retry-After; bound memory for millions of keys.',
      'Interviewers listen for the window boundary (is a request exactly windowMs old still in the window?) and for whether rejected requests are recorded.',
    ],
    traps: [
      'Recording rejected requests, so a client that keeps retrying is locked out for as long as it retries.',
      'Keeping the window closed on the left, `[t - windowMs, t]`, which lets one fewer request through at the boundary than the contract.',
      'A fixed window that resets on multiples of windowMs: it allows twice the limit around a boundary.',
      'Using `shift()` on a long array, or filtering every timestamp ever recorded: O(window) or O(history) per call.',
      'One log shared by every key.',
    ],
    production: [
      'Login, password-reset and SMS endpoints use exact sliding logs; high-volume API gateways use the approximate sliding window counter to keep memory O(1) per key.',
      'The distributed version is a Redis sorted set per key scored by timestamp, trimmed with ZREMRANGEBYSCORE and counted with ZCARD inside one atomic Lua script.',
      'A rejected request is answered with HTTP 429 and a Retry-After computed from the oldest timestamp still in the window.',
    ],
  },
});
