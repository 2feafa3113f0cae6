// Mutant: builds the trie with `for (const ch of word)`, which walks code points, but walks `s`
// one code unit at a time: the word '😀' becomes one edge that no single unit of s matches, so
// wordBreak('😀', ['😀']) is false instead of true.
interface TrieNode {
  children: Map<string, TrieNode>;
  isWord: boolean;
}

export function wordBreak(s: string, words: readonly string[]): boolean {
  const root: TrieNode = { children: new Map(), isWord: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
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
