// Mutant: on a repeat, throws the whole window away and starts a new one at the repeated
// character, instead of just after its earlier copy ("dvdf" gives 2: "vdf" is never seen).
export function longestUniqueSubstring(s: string): number {
  let window = new Set<string>();
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    if (window.has(s[i]!)) window = new Set();
    window.add(s[i]!);
    best = Math.max(best, window.size);
  }
  return best;
}
