/**
 * optimal: iterative depth-first generation over one shared character buffer, with an explicit stack of (position, opens used) decisions.
 * Time O(n·Catalan(n)), n = pairs: every node of the generation tree lies on the way to a
 * balanced string (an open is placed only while opens < n, a close only while closes < opens),
 * and each of the Catalan(n) leaves joins 2n characters once.
 */
export function generateParentheses(n: number): string[] {
  const out: string[] = [];
  const buffer = new Array<string>(2 * n);
  // each frame: position to fill, opens used before that position; `tried` says which choice is next
  const pos: number[] = [0];
  const opens: number[] = [0];
  const tried: number[] = [0]; // 0 = nothing tried yet, 1 = '(' tried, 2 = both tried
  while (pos.length > 0) {
    const top = pos.length - 1;
    const p = pos[top]!;
    const o = opens[top]!;
    if (p === 2 * n) {
      out.push(buffer.join(''));
      pos.pop();
      opens.pop();
      tried.pop();
      continue;
    }
    const closes = p - o;
    if (tried[top] === 0) {
      tried[top] = 1;
      if (o < n) {
        buffer[p] = '(';
        pos.push(p + 1);
        opens.push(o + 1);
        tried.push(0);
      }
      continue;
    }
    if (tried[top] === 1) {
      tried[top] = 2;
      if (closes < o) {
        buffer[p] = ')';
        pos.push(p + 1);
        opens.push(o);
        tried.push(0);
      }
      continue;
    }
    pos.pop();
    opens.pop();
    tried.pop();
  }
  return out;
}
