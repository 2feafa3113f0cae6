// Mutant: compares the strings position by position (Hamming distance) and adds the length difference.
export function editDistance(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let differences = Math.abs(a.length - b.length);
  for (let i = 0; i < shorter; i++) if (a[i] !== b[i]) differences++;
  return differences;
}
