/**
 * Reference: DP over positions, with the dictionary in a trie.
 *
 * Invariant: `reachable[i]` is true iff the prefix s[0..i) is a concatenation of dictionary words
 * (`reachable[0]` is true: the empty prefix is zero words). Positions are taken left to right;
 * from every reachable position i, walk the trie along s[i], s[i+1], … and mark i + len reachable
 * whenever the walk ends a word. The walk stops as soon as the trie has no matching child, so it
 * takes at most L steps (L = the longest word).
 *
 * Complexity: O(total length of the words) to build the trie, then O(n · L) for the scan, because
 * each position starts at most one trie walk of at most L steps. Extra memory O(n + total length).
 */
interface TrieNode {
  children: Map<string, TrieNode>;
  isWord: boolean;
}

export function wordBreak(s: string, words: readonly string[]): boolean {
  const root: TrieNode = { children: new Map(), isWord: false };
  for (const word of words) {
    let node = root;
    for (const ch of word.split('')) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), isWord: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.isWord = true;
  }

  const reachable = new Array<boolean>(s.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!reachable[i]) continue;
    let node: TrieNode | undefined = root;
    for (let j = i; j < s.length; j++) {
      node = node.children.get(s[j]!);
      if (!node) break;
      if (node.isWord) reachable[j + 1] = true;
    }
  }
  return reachable[s.length]!;
}
