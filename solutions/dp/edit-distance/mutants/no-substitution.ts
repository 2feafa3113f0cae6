// Mutant: allows only insertions and deletions, so a substitution costs 2 (a delete plus an insert).
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! : Math.min(previous[j]!, current[j - 1]!) + 1;
    }
    previous = current;
  }
  return previous[b.length]!;
}
