import { defineKata } from '#kit';

export default defineKata({
  title: 'LRU Cache',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(1) per operation' },
  domain: {
    key: { kind: 'string' },
    capacity: { kind: 'integer', min: 1, max: 10 ** 6 },
  },
  hints: [
    'The target is O(1) per operation: no call may walk over the stored keys, so neither a sort nor a scan of a recency list is allowed.',
    'You need two things at once: find an entry by key in O(1) (a Map), and move any entry to the "most recent" end or drop the "least recent" end in O(1) (an order that supports removal from the middle).',
    'A doubly linked list does the second job: each Map value is a list node holding key and value; a hit unlinks the node and relinks it at the tail; eviction unlinks the head node and deletes its key (which is why the node stores the key) from the Map.',
    'Use two sentinel nodes (head and tail) so unlinking and appending never special-case an empty list. `has` only asks the Map. `set` on an existing key updates the node and moves it; only a new key can push the size past capacity, and then the node after the head sentinel is evicted. (A JavaScript Map also remembers insertion order: `delete` then `set` moves a key to the end, and `map.keys().next()` is the oldest key.)',
  ],
  notes: {
    asked: [
      'This is one of the most asked design questions: interviewers want the Map plus doubly linked list, and expect you to explain why each half is needed.',
      'In JavaScript, say that a Map keeps insertion order, so delete-then-set moves a key to the end in O(1); many interviewers then ask you to build the linked list yourself anyway.',
      'Follow-ups: add a TTL per entry (see ttl-cache); make it thread-safe (one lock, or shards by key hash); bound by total bytes instead of entry count; count hits and misses; evict by frequency instead (LFU).',
    ],
    traps: [
      'Letting `has` (or a `peek`) refresh recency: then a monitoring check that only looks at the cache keeps entries alive.',
      'Evicting before checking whether the key is already present, so replacing a value throws out an innocent entry.',
      'Forgetting to store the key in the list node, so eviction cannot remove the evicted entry from the Map.',
      'Keeping recency in an array and using `indexOf` and `splice`: correct but O(capacity) per call.',
      'Off-by-one on capacity: evicting when size reaches capacity instead of when it would exceed it.',
    ],
    production: [
      'In-process caches in front of databases and remote services, database buffer pools, operating system page caches and CDN edge caches all evict by recency.',
      'Redis approximates LRU by sampling a few keys and evicting the oldest of the sample; Memcached keeps a segmented LRU per slab class.',
      'Production caches shard the LRU by key hash or buffer recency updates so that reads, which also move entries, do not all contend for one lock.',
    ],
  },
});
