import { defineKata } from '#kit';

export default defineKata({
  title: 'Merge K Sorted Lists',
  difficulty: 'medium',
  target: { class: 'n log n', text: 'O(N log k), N values' },
  domain: { 'lists[i][j]': { kind: 'number' } },
  hints: [
    'The target is O(N log k) for N values in k lists: every value is handled once, with O(log k) work to decide which list to take from next.',
    'At any moment the next output value is the smallest of the k current heads (the first unused value of each list). Scanning all k heads for it costs O(k) per value. What keeps a changing set of k candidates and gives their minimum quickly?',
    'Put one entry per non-empty list into a min-heap: its head value, which list it came from, and the position within that list. The root is the next output value.',
    'Pop the root, append its value to the result, and if its list has a next value, push that next entry (or replace the root and sift down). Stop when the heap is empty. Never `shift()` the input lists: move an index instead.',
  ],
  notes: {
    asked: [
      'Interviewers want the heap of list heads and its cost, O(N log k), and then the alternative: merging lists in pairs, round by round (divide and conquer), which is also O(N log k) and needs no heap.',
      'A frequent wrong answer is "concatenate and sort": O(N log N), and it ignores that the lists are sorted. Another is merging lists one by one into a growing result: O(N·k).',
      'Follow-ups: the lists are huge files on disk (external merge sort: one buffered reader per file, the same heap); the lists are infinite streams (emit lazily with a generator).',
    ],
    traps: [
      'Calling `shift()` on the input lists: it mutates the caller\'s data and is O(length) per call on most engines.',
      'Pushing the head of an empty list, which puts `undefined` into the heap.',
      'Forgetting to push the next value of the list that was just popped from, or pushing the next value of a different list.',
      'Dropping the tail of the longer list in a two-way merge: after one list runs out, the rest of the other must be appended.',
      'Keeping values in a Set or Map keyed by value, which silently loses duplicates.',
    ],
    production: [
      'LSM-tree databases (RocksDB, Cassandra, LevelDB) compact sorted runs (SSTables) with exactly this k-way merge.',
      'External sorting: sort chunks that fit in memory, write them out, then k-way merge the chunk files.',
      'Merging time-ordered log or event streams from many servers into one timeline, and merging per-shard sorted results in a distributed query.',
    ],
  },
});
