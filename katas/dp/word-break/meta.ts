import { defineKata } from '#kit';

export default defineKata({
  title: 'Word Break',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(n·L), L = longest word' },
  domain: {
    s: { kind: 'string' },
    words: { kind: 'string', nonEmpty: true },
  },
  equivalentMutants: {
    'object-map-1': 'The trie\'s children are keyed by single UTF-16 code units, and no property of Object.prototype has a one-character name.',
    'object-map-2': 'The trie\'s children are keyed by single UTF-16 code units, and no property of Object.prototype has a one-character name.',
  },
  hints: [
    'The target is O(n · L), n = length of s and L = the longest word: from each position, look at most L characters ahead.',
    'The recursion "try every word that fits here, then solve the rest" is correct, but the rest after position i is the same question no matter how you got to i. On "aaa…ab" it asks that question an exponential number of times.',
    'Let ok[i] mean "the first i characters can be cut into words". ok[0] is true; ok[i + len] is true if ok[i] is true and a word of length len starts at i. The answer is ok[s.length].',
    'Go left to right. From every i with ok[i], try the lengths 1..L: compare s.slice(i, i + len) with a Set of the words, or walk a trie of the words along s[i], s[i + 1], … and stop as soon as no word continues. The trie gives O(n · L) exactly.',
  ],
  notes: {
    asked: [
      'A staple: interviewers want the plain recursion, its exponential worst case (on `aaa…ab`), and the fix by memoising on the start position or by a bottom-up table.',
      'Expect to justify the complexity: with a Set the check of each length costs O(L) for slicing and hashing, so it is O(n · L²); a trie of the dictionary brings it to O(n · L).',
      'Follow-ups: return one segmentation, or all of them (Word Break II: the output itself can be exponential); count the segmentations; very large dictionaries (trie or Aho–Corasick).',
    ],
    traps: [
      'Greedy matching of the longest (or first) word that fits, without backtracking: "aab" with ["aa", "a", "b"] works greedily, but "aaab" with ["aaa", "aa", "ab"] does not.',
      'Looping over every earlier position j for every i (O(n²) substring checks) when the words are short: correct, but it ignores the L bound the interviewer is hinting at.',
      'Forgetting that an empty string is trivially breakable (zero words), or that words may be reused.',
      'Memoising only successes: the exponential blow-up comes from re-exploring positions that fail.',
    ],
    production: [
      'Search engines and input methods segment text without spaces (Chinese, Japanese, Thai, hashtags, domain names like "expertsexchange") with this DP over a dictionary, usually weighting words by frequency.',
      'Tokenisers for language models and query parsers split strings into known vocabulary pieces with the same left-to-right DP over a trie.',
    ],
  },
});
