import { defineKata } from '#kit';

export default defineKata({
  title: 'Valid Brackets',
  difficulty: 'easy',
  target: { class: 'n' },
  noDomain: "Every character of `s` is one of six fixed brackets, `()[]{}`: the caller chooses only the string's length and the order of its brackets, which the properties already draw.",
  hints: [
    'The target is O(n): one pass over `s`, constant work per character.',
    'A closing bracket can only ever close the most recent opening bracket that is still open. Which structure gives you "the most recent one still open" in O(1)?',
    'Keep a stack of the opening brackets not yet closed. On an opening bracket, push it. On a closing one, the stack must be non-empty and its top must be the matching opener: pop it, otherwise the string is unbalanced.',
    'After the last character the string is balanced only if the stack is empty. Write it as a loop with an explicit array, not as recursion: the nesting can be far deeper than the call stack.',
  ],
  notes: {
    asked: [
      'Usually the warm-up of a stack round: interviewers expect the explicit stack within minutes and then probe the edge cases (empty string, a closer first, leftovers at the end).',
      'Follow-ups: allow other characters and ignore them; report the index of the first error (useful for an editor or a config parser); return the minimum number of insertions to balance the string; handle only one bracket kind in O(1) extra memory with a counter.',
      'Why a counter is not enough for three kinds: `([)]` has matching counts of every kind yet is unbalanced, because the order of closing matters.',
    ],
    traps: [
      'Forgetting the final check: `((` never fails inside the loop, only the non-empty stack at the end reveals it.',
      'Popping an empty stack: in JavaScript `[].pop()` is `undefined`, so a closer with nothing open can slip through a careless comparison.',
      'A recursive descent parser looks elegant but overflows the call stack on deeply nested input; production parsers bound or avoid recursion for exactly this reason.',
      'Repeatedly deleting `()`, `[]` and `{}` until nothing changes is correct but quadratic on deep nesting.',
    ],
    production: [
      'JSON, YAML and expression parsers track open objects, arrays and parentheses on a stack, and hardened ones cap the nesting depth to refuse inputs crafted to exhaust memory or the call stack.',
      'Editors and linters use the same stack to highlight the unmatched bracket and to auto-indent code.',
      'Template engines and HTML sanitisers match opening and closing tags with a stack of open elements.',
    ],
  },
});
