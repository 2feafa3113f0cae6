import { defineKata } from '#kit';

export default defineKata({
  title: 'Priority Task Queue',
  difficulty: 'medium',
  target: { class: 'n log n', text: 'O(log n) per operation' },
  domain: { priority: { kind: 'number' } },
  hints: [
    'The target is O(log n) per operation: neither `push` nor `pop` may sort or scan all the queued tasks.',
    'A binary min-heap in an array gives O(log n) push and pop: the children of index i are 2i + 1 and 2i + 2, its parent is (i - 1) >> 1. Push appends and sifts up; pop moves the last element to the root and sifts down.',
    'A heap is not stable: two tasks with equal priority can leave in either order. Give every task a sequence number when it is pushed, from a counter that only grows, and compare `(priority, sequence)` pairs instead of priorities alone.',
    'Store `{ item, priority, seq }` in the heap. `less(a, b)` is `a.priority < b.priority || (a.priority === b.priority && a.seq < b.seq)`. When sifting down, pick the smaller of BOTH children before comparing it with the element you move. `peek` reads index 0; `pop` on an empty heap returns undefined without touching anything.',
  ],
  notes: {
    asked: [
      'Interviewers expect a binary heap and want to hear why a sorted array (O(n) insert) or sorting on every pop (O(n log n)) is worse.',
      'The follow-up is almost always "tasks with the same priority must run in arrival order": a heap is not stable, so you need the sequence-number tiebreaker.',
      'Other follow-ups: change the priority of a queued task (keep an index map, or push a new entry and skip stale ones lazily); cancel a task; a bounded number of priority levels (one FIFO queue per level, O(1)); starvation and aging.',
    ],
    traps: [
      'Comparing priorities only, so equal priorities come out in heap order rather than arrival order.',
      'Building a max-heap by habit, so the highest number comes out first.',
      'Sifting down by comparing with the left child only, or stopping one level early.',
      'Letting `pop` on an empty queue make `size` negative, or `peek` remove the task.',
    ],
    production: [
      'Job schedulers (BullMQ and Celery take a priority per job), operating system run queues and timer queues all need "most urgent first, then oldest first".',
      'Distributed priority queues are Redis sorted sets (ZADD and ZPOPMIN) or per-priority topics in Kafka; RabbitMQ supports a few priority levels per queue.',
      'Schedulers add aging so low-priority tasks do not starve behind a steady stream of urgent ones.',
    ],
  },
});
