import { defineKata } from '#kit';

export default defineKata({
  title: 'Event Emitter',
  difficulty: 'hard',
  target: { class: 'n', text: 'O(listeners) per emit' },
  domain: {
    event: { kind: 'string' },
    priority: { kind: 'number' },
  },
  hints: [
    'The target is O(listeners) per emit: emit may not sort the listeners, and `on` should not scan them either, at least when few distinct priorities are in use.',
    'Separate the subscription (an object: listener, once, still active?) from the listener function. `on` creates one, the unsubscribe function closes over it, `off` finds the ones whose listener is the given function.',
    'For the order, keep per event one array of subscriptions per priority level (appending keeps subscription order within a level) and a sorted array of the levels in use; a new level is inserted once. Emit walks the levels in order.',
    'Emit first copies the active subscriptions into a local array (the snapshot: later additions are not in it), then walks it: skip a subscription no longer active, mark a `once` one inactive BEFORE calling it, call it inside try/catch and collect the error. Removing just marks inactive; drop inactive entries from the level arrays at the next emit, or once they are half of all entries.',
  ],
  notes: {
    asked: [
      'A classic take-home and live-coding task ("implement EventEmitter"): on, off, once, emit. Interviewers then add priorities, error isolation and async listeners.',
      'They probe re-entrancy: what happens if a listener subscribes, unsubscribes or emits while an emit is running? Have an answer (snapshot at the start, skip removed ones, remove once listeners before calling them).',
      'Follow-ups: async listeners (await them in order, or run them concurrently and collect results with Promise.allSettled); wildcard events; memory leaks from forgotten subscriptions; moving to a broker across processes.',
    ],
    traps: [
      'Removing a `once` listener after calling it, so a listener that emits the same event runs twice.',
      'Iterating the live listener array, so listeners added during the emit run, and removals skip a neighbour.',
      'Letting one throwing listener stop the rest of the emit.',
      'Storing listeners in a Set: the same function cannot then be subscribed twice, and an unsubscribe function cannot tell its own subscription from another one.',
      'Sorting on every emit, or reversing the order of equal priorities.',
    ],
    production: [
      'Node streams, sockets and servers are event emitters; application event buses fan domain events out to independent handlers that must not break each other.',
      'Across processes the same pattern is pub/sub on a broker (Redis pub/sub, Kafka, RabbitMQ, SNS/SQS), where delivery is at least once and handlers must be idempotent.',
      'Plugin systems and middleware hooks order their handlers by priority, ties in registration order.',
    ],
  },
  noBruteForce:
    'The first solution anyone writes (an array of subscriptions and a loop) already has the right cost per emit once it is kept in order; what this kata tests is the behaviour under re-entrancy and failures, so there is no slower reference to compare with.',
});
