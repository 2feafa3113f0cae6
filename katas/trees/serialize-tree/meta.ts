import { defineKata } from '#kit';

export default defineKata({
  title: 'Serialize Tree',
  difficulty: 'hard',
  target: { class: 'n', text: 'O(n), n nodes' },
  domain: { 'node.value': { kind: 'integer' } },
  noBruteForce:
    'Any sensible format is written and read in one pass, so there is no slower first answer worth timing; the benchmark compares your round trip with the reference on tall trees, where quadratic string or array handling shows.',
  hints: [
    'The target is O(n) for both directions: write each node and each empty child once, and read each entry once.',
    'Values alone do not pin down a shape: you must also write where the empty children are. A preorder walk with a marker for every null child is enough to rebuild the tree unambiguously, left subtree before right.',
    'Without recursion: serialize with an explicit stack (push the right child, then the left, so the left comes out first, and write a marker when you pop a null). Deserialize with a stack of empty slots to fill: start with one slot for the root; each entry fills the slot on top; a value creates a node and pushes its right slot and then its left slot.',
    'Make reading strict: split on the separator, then for each entry accept the null marker or a number written exactly as `String(value)` writes a safe integer (a regular expression such as /^-?(0|[1-9][0-9]*)$/, excluding "-0", then `Number.isSafeInteger`). Throw `SyntaxError` when an entry is wrong, when an entry arrives with no slot left to fill, and when slots are left empty at the end.',
  ],
  notes: {
    asked: [
      'A classic design-flavoured tree question: interviewers want the format argued for (why the null markers make it unambiguous) before any code.',
      'Follow-ups: make it compact (omit trailing nulls in level order, or use a binary encoding), serialize an n-ary tree, serialize a BST without null markers (the preorder alone determines it), or stream a tree too large for memory.',
      'Expect to discuss malformed input: what your parser accepts, and why accepting more than you write is a risk.',
    ],
    traps: [
      'Writing only the values (preorder, or level order without markers), which cannot tell `1(2, -)` from `1(-, 2)`.',
      'Lenient parsing: `parseInt` accepts "7x", `Number("")` is 0, and trailing data is silently ignored; every one of those turns garbage into a plausible tree.',
      'Recursive serialize or deserialize: a 100 000-deep tree overflows the call stack.',
      'Removing tokens with `shift()` on a large array, or building the string with repeated slicing, which is quadratic.',
      'Throwing `TypeError` or returning `null` for bad input instead of the `SyntaxError` the contract asks for.',
    ],
    production: [
      'Every RPC and storage system serializes trees: JSON and Protocol Buffers for request bodies, BSON documents in MongoDB, ASTs cached by compilers and bundlers.',
      'Strict parsing is a security property: lenient parsers that accept what the writer never produces are behind request-smuggling and parser-differential bugs, so production decoders reject anything non-canonical.',
      'Merkle trees (Git objects, blockchains, certificate transparency logs) depend on one canonical serialization per tree, so that equal trees hash equally.',
    ],
  },
});
