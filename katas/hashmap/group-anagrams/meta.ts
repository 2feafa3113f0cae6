import { defineKata } from '#kit';

export default defineKata({
  title: 'Group Anagrams',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(n), words of fixed length' },
  domain: { words: { kind: 'string' } },
  hints: [
    'The target is O(n) for words of a fixed length: one pass over the words, constant work per word. Comparing each word with every group found so far is O(n·groups).',
    'Instead of comparing words with each other, give every word a canonical key that is equal exactly for anagrams. Then grouping is a hash-map lookup by key.',
    'The key can be the word\'s characters sorted (`word.split("").sort().join("")`). Keep a Map from key to the group\'s array: a Map iterates in insertion order, which is exactly the order of each group\'s first word.',
  ],
  notes: {
    asked: [
      'A classic "canonical key" question: interviewers want you to name the key (sorted letters, or a letter count) and its cost, O(L log L) or O(L) per word of length L.',
      'Follow-ups: the count key for a known small alphabet, and why it needs separators (counts `1,11` and `11,1` must not both become `111`); grouping other equivalences such as strings equal up to rotation or shift.',
      'Expect to discuss the order of the output: a Map keeps insertion order, a plain object does not for integer-like keys.',
    ],
    traps: [
      'Grouping in a plain object: keys that look like integers (a word of digits sorts to one) are enumerated first, in numeric order, so groups come out of order.',
      'A 26-slot count array that assumes lowercase a–z: any other character indexes outside it and silently drops out of the key.',
      'A key made of the set of letters, which forgets how many times each occurs (`"aab"` and `"abb"`).',
      'Dropping duplicate words, or sorting the words inside each group.',
    ],
    production: [
      'Grouping by a canonical key is how deduplication and clustering jobs work: normalise each record (case, whitespace, field order) into a key, then bucket by hash.',
      'In a distributed job the key is the shuffle key: a MapReduce or Spark `groupBy` sends every record with the same key to the same reducer, which then sees the whole group.',
    ],
  },
});
