/**
 * optimal: right-to-left DP "the suffix from i can be cut", walking a trie of the words forward from each i.
 * Time O(n·L + total word length), n = s.length, L = the longest word: each position walks at
 * most L trie edges, each an O(1) lookup by character code.
 *
 * okFrom[i] is true when s[i..] is a concatenation of words: some word matches at i and the
 * suffix after it is cuttable. Positions are filled from the end, so okFrom[j] is final for j > i.
 */
interface Node {
  next: Map<number, Node>;
  end: boolean;
}

export function wordBreak(s: string, words: readonly string[]): boolean {
  const root: Node = { next: new Map(), end: false };
  for (const w of words) {
    let node = root;
    for (let k = 0; k < w.length; k++) {
      const code = w.charCodeAt(k);
      let child = node.next.get(code);
      if (child === undefined) {
        child = { next: new Map(), end: false };
        node.next.set(code, child);
      }
      node = child;
    }
    node.end = true;
  }
  const n = s.length;
  const okFrom = new Uint8Array(n + 1);
  okFrom[n] = 1;
  for (let i = n - 1; i >= 0; i--) {
    let node: Node | undefined = root;
    for (let j = i; j < n; j++) {
      node = node.next.get(s.charCodeAt(j));
      if (node === undefined) break;
      if (node.end && okFrom[j + 1]) {
        okFrom[i] = 1;
        break;
      }
    }
  }
  return okFrom[0] === 1;
}
