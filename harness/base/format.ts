/** How counts and sizes are written for people, everywhere: digits grouped by a space (131 072). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US').replace(/,/g, ' ');
}
