import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { PriorityTaskQueue } from './priority-task-queue.ts';

/** Pops until empty; the safety bound turns an endless queue into a failure, not a hang. */
function drain<T>(queue: PriorityTaskQueue<T>, bound = 10_000): T[] {
  const out: T[] = [];
  while (queue.size > 0 && out.length < bound) out.push(queue.pop() as T);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Model: an unsorted array of tasks; `pop` scans for the smallest (priority, arrival) pair.
// ---------------------------------------------------------------------------------------------
interface Task {
  item: string;
  priority: number;
  seq: number;
}
interface Model {
  tasks: Task[];
  nextSeq: number;
}
type Real = PriorityTaskQueue<string>;

function mostUrgent(model: Model): number {
  let best = -1;
  for (let i = 0; i < model.tasks.length; i++) {
    const t = model.tasks[i]!;
    const b = model.tasks[best];
    if (b === undefined || t.priority < b.priority || (t.priority === b.priority && t.seq < b.seq)) best = i;
  }
  return best;
}

/** Pushes a task named after its arrival: the n-th push of a run queues the item `#n`. */
class PushCommand implements fc.Command<Model, Real> {
  constructor(readonly priority: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const item = `#${model.nextSeq}`;
    model.tasks.push({ item, priority: this.priority, seq: model.nextSeq++ });
    real.push(item, this.priority);
    expect(real.size, `size after push(${item}, ${this})`).toBe(model.tasks.length);
  }
  toString(): string {
    return `push(${Object.is(this.priority, -0) ? '-0' : this.priority})`;
  }
}

class PopCommand implements fc.Command<Model, Real> {
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const i = mostUrgent(model);
    const expected = i < 0 ? undefined : model.tasks.splice(i, 1)[0]!.item;
    expect(real.pop(), 'pop()').toBe(expected);
    expect(real.size, 'size after pop()').toBe(model.tasks.length);
  }
  toString(): string {
    return 'pop()';
  }
}

class PeekCommand implements fc.Command<Model, Real> {
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const i = mostUrgent(model);
    expect(real.peek(), 'peek()').toBe(i < 0 ? undefined : model.tasks[i]!.item);
    expect(real.size, 'size after peek()').toBe(model.tasks.length);
  }
  toString(): string {
    return 'peek()';
  }
}

// Priorities from the whole domain (fractions, -0, values past 2^31 and 2^53, huge magnitudes);
// small whole numbers are common, so ties are everywhere. Pops come often enough that the queue
// both grows and empties.
const priority = numbersOf(meta.domain.priority);
const commands = fc.commands(
  [
    priority.map((p) => new PushCommand(p)),
    priority.map((p) => new PushCommand(p)),
    fc.constant(new PopCommand()),
    fc.constant(new PeekCommand()),
  ],
  { maxCommands: 80, size: '+1' },
);

describe('PriorityTaskQueue examples', () => {
  it('serves the lowest priority number first', () => {
    const queue = new PriorityTaskQueue<string>();
    queue.push('email', 2);
    queue.push('alert', 0);
    queue.push('report', 3);
    expect(drain(queue)).toEqual(['alert', 'email', 'report']);
  });

  it('serves equal priorities first in, first out', () => {
    const queue = new PriorityTaskQueue<string>();
    queue.push('a', 1);
    queue.push('b', 1);
    queue.push('c', 1);
    expect(drain(queue)).toEqual(['a', 'b', 'c']);
  });

  it('keeps arrival order among many equal priorities mixed with others', () => {
    const queue = new PriorityTaskQueue<string>();
    const pushed: [string, number][] = [];
    for (let i = 0; i < 40; i++) pushed.push([`task${i}`, i % 3]);
    for (const [item, p] of pushed) queue.push(item, p);
    const expected = [0, 1, 2].flatMap((p) => pushed.filter(([, q]) => q === p).map(([item]) => item));
    expect(drain(queue)).toEqual(expected);
  });

  // Stated rule (README): priorities are compared as numbers.
  it('compares priorities as numbers, not as strings, and -0 as 0', () => {
    const queue = new PriorityTaskQueue<string>();
    queue.push('a', 10);
    queue.push('b', 2);
    queue.push('c', -1);
    queue.push('d', -2);
    expect(drain(queue)).toEqual(['d', 'c', 'b', 'a']);
    queue.push('x', 0);
    queue.push('y', -0);
    queue.push('z', -0);
    queue.push('w', 0);
    expect(drain(queue), '-0 and 0 tie: first in, first out').toEqual(['x', 'y', 'z', 'w']);
  });

  it('handles priorities past 2^31, 2^32 and 2^53, and the extremes of the doubles', () => {
    const queue = new PriorityTaskQueue<string>();
    queue.push('2^32', 2 ** 32);
    queue.push('2^31', 2 ** 31);
    queue.push('2^31 - 1', 2 ** 31 - 1);
    queue.push('max', Number.MAX_VALUE);
    queue.push('-2^31 - 1', -(2 ** 31) - 1);
    queue.push('2^53 + 2', 2 ** 53 + 2);
    queue.push('tiny', Number.MIN_VALUE);
    queue.push('-max', -Number.MAX_VALUE);
    queue.push('half', 0.5);
    queue.push('zero', 0);
    expect(drain(queue)).toEqual(['-max', '-2^31 - 1', 'zero', 'tiny', 'half', '2^31 - 1', '2^31', '2^32', '2^53 + 2', 'max']);
  });

  it('handles negative and fractional priorities', () => {
    const queue = new PriorityTaskQueue<string>();
    queue.push('x', 0);
    queue.push('y', -1);
    queue.push('z', 0.5);
    expect(drain(queue)).toEqual(['y', 'x', 'z']);
  });

  it('orders a task pushed after some pops by its priority and arrival', () => {
    const queue = new PriorityTaskQueue<string>();
    queue.push('a', 5);
    expect(queue.pop()).toBe('a');
    queue.push('b', 5);
    queue.push('c', 1);
    queue.push('d', 5);
    expect(drain(queue)).toEqual(['c', 'b', 'd']);
  });

  // Stated rule (README): an empty queue answers undefined.
  it('returns undefined from an empty queue and keeps its size at zero', () => {
    const queue = new PriorityTaskQueue<string>();
    expect(queue.size).toBe(0);
    expect(queue.pop()).toBeUndefined();
    expect(queue.peek()).toBeUndefined();
    expect(queue.size).toBe(0);
    queue.push('a', 1);
    expect(queue.pop()).toBe('a');
    expect(queue.pop()).toBeUndefined();
    expect(queue.size).toBe(0);
  });

  // Stated rule (README): peek only looks.
  it('peeks without removing', () => {
    const queue = new PriorityTaskQueue<string>();
    queue.push('a', 2);
    queue.push('b', 1);
    expect(queue.peek()).toBe('b');
    expect(queue.peek()).toBe('b');
    expect(queue.size).toBe(2);
    expect(queue.pop()).toBe('b');
    expect(queue.peek()).toBe('a');
  });

  // Stated rule (README): every push is its own task.
  it('treats each push of the same item as its own task', () => {
    const queue = new PriorityTaskQueue<string>();
    queue.push('same', 3);
    queue.push('other', 2);
    queue.push('same', 1);
    expect(queue.size).toBe(3);
    expect(drain(queue)).toEqual(['same', 'other', 'same']);
  });
});

describe('PriorityTaskQueue properties', () => {
  it.prop([commands])('behaves like a scan for the lowest (priority, arrival) under any operations', (cmds) => {
    fc.modelRun(() => ({ model: { tasks: [], nextSeq: 0 }, real: new PriorityTaskQueue<string>() }), cmds);
  });

  it.prop([fc.array(numbersOf(meta.domain.priority), { maxLength: 200 })])('drains in the order of a stable sort by priority', (priorities) => {
    // Each item is its (arrival, priority) pair, so the drained order also shows the priorities kept.
    const queue = new PriorityTaskQueue<[number, number]>();
    priorities.forEach((p, i) => queue.push([i, p], p));
    const expected = priorities.map((p, i): [number, number] => [i, p]).sort((a, b) => a[1] - b[1]);
    expect(drain(queue)).toEqual(expected);
  });

  it.prop([fc.array(fc.tuple(fc.record({ id: fc.nat(), tags: fc.array(fc.string(), { maxLength: 3 }) }), numbersOf(meta.domain.priority)), { maxLength: 30 })])(
    'neither copies nor modifies the items it queues',
    (tasks) => {
      const before = structuredClone(tasks);
      const queue = new PriorityTaskQueue<{ id: number; tags: string[] }>();
      for (const [item, p] of tasks) {
        Object.freeze(item.tags);
        queue.push(Object.freeze(item), p);
      }
      const out = drain(queue);
      const expected = tasks.map(([item, p]) => ({ item, p })).sort((a, b) => a.p - b.p);
      expect(out.length).toBe(tasks.length);
      out.forEach((item, i) => expect(item, `pop ${i} returns the very object pushed`).toBe(expected[i]!.item));
      expect(tasks).toEqual(before);
    },
  );
});
