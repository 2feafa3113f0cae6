import { defineKata } from '#kit';

export default defineKata({
  title: 'Generate Parentheses',
  difficulty: 'medium',
  target: { class: 'exponential', text: 'O(n·Catalan(n))' },
  domain: { n: { kind: 'integer', min: 0, max: 12 } },
  hints: [
    'The target is O(n·Catalan(n)): spend O(n) per balanced string you output, and never build a string that cannot become balanced.',
    'Build the string one character at a time. At every step you know how many `(` and `)` are already used. Which of the two characters may come next without making a balanced ending impossible?',
    'An `(` may come next while fewer than n are used. A `)` may come next only while fewer `)` than `(` are used. With those two rules every string you complete is balanced, and every balanced string is reached.',
    'Backtrack with (prefix, open, close): when close === n record the prefix; otherwise recurse on `prefix + "("` if open < n, then on `prefix + ")"` if close < open.',
  ],
  notes: {
    asked: [
      'Interviewers expect the "only add what can still be completed" rule, and often ask to contrast it with generating all 2²ⁿ strings and filtering.',
      'Be ready to name the count (the Catalan numbers) and why the bound is O(n·Catalan(n)), roughly 4ⁿ/√n, not 4ⁿ.',
      'Follow-ups: several bracket types, the k-th string in lexicographic order without listing the others, and checking a single string (see valid-brackets).',
    ],
    traps: [
      'Building answers for n from answers for n - 1 by wrapping ("(" + s + ")") or appending "()": it misses strings like "(())(())".',
      'Allowing `)` when `close <= open` instead of `close < open`, which lets a prefix dip below zero.',
      'Returning `[]` for n = 0 instead of `[""]`.',
    ],
    production: [
      'Test-data generators for parsers and serializers enumerate every well-nested input up to a small size (balanced brackets, nested JSON arrays) to check a parser exhaustively.',
      'The same "extend only while the prefix stays valid" rule drives grammar-constrained generation, for example forcing a model or a fuzzer to emit only syntactically valid JSON.',
    ],
  },
});
