// Mutant: keeps an unsorted array and sorts it on pop with `items.sort(this.compare)`; with no
// comparator that is the default sort, which orders numbers as strings: push 10, 9 then pop()
// gives 10, and push -1, -10 then pop() gives -1.
export class MinHeap<T> {
  private readonly items: T[] = [];
  private sorted = true;

  constructor(private readonly compare?: (a: T, b: T) => number) {}

  push(value: T): void {
    this.items.push(value);
    this.sorted = false;
  }

  pop(): T | undefined {
    this.sort();
    return this.items.shift();
  }

  peek(): T | undefined {
    this.sort();
    return this.items[0];
  }

  get size(): number {
    return this.items.length;
  }

  private sort(): void {
    if (!this.sorted) this.items.sort(this.compare);
    this.sorted = true;
  }
}
