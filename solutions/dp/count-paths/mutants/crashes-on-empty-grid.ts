// Mutant: reads the width from the first row without checking that there is one, so `[]` throws.
export function countPaths(grid: readonly string[]): number {
  const MOD = 1_000_000_007;
  const cols = grid[0]!.length;
  const ways = new Array<number>(cols + 1).fill(0);
  ways[1] = 1;
  for (const row of grid) {
    for (let c = 0; c < cols; c++) {
      ways[c + 1] = row[c] === '#' ? 0 : (ways[c + 1]! + ways[c]!) % MOD;
    }
    ways[0] = 0;
  }
  return ways[cols]!;
}
