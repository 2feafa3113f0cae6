/**
 * slow: level-by-level search over sums paid so far, remembering visited sums in a plain array checked with `includes`.
 * Time O(amount²·coins), n = amount: up to amount + 1 sums are visited, and every one of the
 * coins·amount expansions scans the visited list.
 * exposed by: large payable amounts with small coins (many sums visited before the answer), e.g. coins [6, 9, 20] and amount 10⁴.
 */
export function minCoins(coins: readonly number[], amount: number): number {
  const visited: number[] = [0];
  let frontier: number[] = [0];
  for (let used = 0; frontier.length > 0; used++) {
    if (frontier.includes(amount)) return used;
    const next: number[] = [];
    for (const sum of frontier) {
      for (const coin of coins) {
        const grown = sum + coin;
        if (grown > amount || visited.includes(grown)) continue;
        visited.push(grown);
        next.push(grown);
      }
    }
    frontier = next;
  }
  return -1;
}
