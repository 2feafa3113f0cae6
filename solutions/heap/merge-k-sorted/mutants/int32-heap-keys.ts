// Mutant: a heap of list heads whose keys are cached in an Int32Array beside the list numbers, so
// fractions are truncated and values of 2^31 or more wrap: [[0.5], [0.25]] keeps the input order
// [0.5, 0.25], and [[2147483648], [1]] gives [2147483648, 1].
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  const keys = new Int32Array(lists.length);
  const owners = new Int32Array(lists.length);
  const next = new Array<number>(lists.length).fill(0);
  let size = 0;
  const swap = (i: number, j: number): void => {
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
    [owners[i], owners[j]] = [owners[j]!, owners[i]!];
  };
  const siftDown = (i: number): void => {
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) return;
      if (child + 1 < size && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= keys[i]!) return;
      swap(i, child);
      i = child;
    }
  };
  for (let i = 0; i < lists.length; i++) {
    if (lists[i]!.length === 0) continue;
    keys[size] = lists[i]![0]!;
    owners[size] = i;
    for (let at = size++; at > 0 && keys[(at - 1) >> 1]! > keys[at]!; at = (at - 1) >> 1) swap(at, (at - 1) >> 1);
  }
  const result: number[] = [];
  while (size > 0) {
    const list = owners[0]!;
    result.push(lists[list]![next[list]!]!);
    next[list]!++;
    if (next[list]! < lists[list]!.length) {
      keys[0] = lists[list]![next[list]!]!;
    } else {
      size--;
      keys[0] = keys[size]!;
      owners[0] = owners[size]!;
    }
    siftDown(0);
  }
  return result;
}
