import { describe, expect } from 'vitest';
import { fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { MinStack } from './min-stack.ts';

/** The model: a plain array with the top at the end; its minimum is found by scanning. */
interface Model {
  items: number[];
}

function modelMin(items: readonly number[]): number | undefined {
  return items.length === 0 ? undefined : Math.min(...items);
}

class Push implements fc.Command<Model, MinStack> {
  constructor(readonly value: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, stack: MinStack): void {
    stack.push(this.value);
    model.items.push(this.value);
    expect(stack.size, `size after push(${this.value})`).toBe(model.items.length);
  }
  toString(): string {
    return `push(${this.value})`;
  }
}

class Pop implements fc.Command<Model, MinStack> {
  check(): boolean {
    return true; // popping an empty stack is part of the contract
  }
  run(model: Model, stack: MinStack): void {
    expect(stack.pop(), 'pop() returns the top value, undefined when empty').toBe(model.items.pop());
    expect(stack.size, 'size after pop()').toBe(model.items.length);
  }
  toString(): string {
    return 'pop()';
  }
}

class Peek implements fc.Command<Model, MinStack> {
  check(): boolean {
    return true;
  }
  run(model: Model, stack: MinStack): void {
    expect(stack.peek(), 'peek() returns the top value, undefined when empty').toBe(model.items.at(-1));
    expect(stack.size, 'peek() removes nothing').toBe(model.items.length);
  }
  toString(): string {
    return 'peek()';
  }
}

class Min implements fc.Command<Model, MinStack> {
  check(): boolean {
    return true;
  }
  run(model: Model, stack: MinStack): void {
    // -0 and 0 tie for the minimum: either may be returned (pop and peek must give the exact value).
    expect(normaliseZeros(stack.min()), `min() of [${model.items.join(', ')}]`).toBe(normaliseZeros(modelMin(model.items)));
    expect(stack.size, 'min() removes nothing').toBe(model.items.length);
  }
  toString(): string {
    return 'min()';
  }
}

class Size implements fc.Command<Model, MinStack> {
  check(): boolean {
    return true;
  }
  run(model: Model, stack: MinStack): void {
    expect(stack.size, 'size').toBe(model.items.length);
  }
  toString(): string {
    return 'size';
  }
}

// The whole domain (fractions, -0, values past 2^31, huge magnitudes), with small values common so
// that repeated minima happen; pushes are listed twice so stacks grow.
const push = numbersOf(meta.domain.value).map((v) => new Push(v));
const commands = fc.commands(
  [push, push, fc.constant(new Pop()), fc.constant(new Peek()), fc.constant(new Min()), fc.constant(new Size())],
  { maxCommands: 60 },
);

describe('MinStack examples', () => {
  it('reports undefined and size 0 when empty', () => {
    const s = new MinStack();
    expect(s.size).toBe(0);
    expect(s.min()).toBeUndefined();
    expect(s.peek()).toBeUndefined();
    expect(s.pop()).toBeUndefined();
    expect(s.size, 'pop() on an empty stack changes nothing').toBe(0);
  });
  it('pops in last-in, first-out order', () => {
    const s = new MinStack();
    s.push(1);
    s.push(2);
    s.push(3);
    expect(s.peek()).toBe(3);
    expect([s.pop(), s.pop(), s.pop(), s.pop()]).toEqual([3, 2, 1, undefined]);
  });
  it('restores the previous minimum when the minimum is popped', () => {
    const s = new MinStack();
    s.push(5);
    s.push(2);
    s.push(8);
    s.push(1);
    expect(s.min()).toBe(1);
    expect(s.pop()).toBe(1);
    expect(s.min(), 'after popping 1').toBe(2);
    expect(s.pop()).toBe(8);
    expect(s.min(), 'after popping 8').toBe(2);
    expect(s.pop()).toBe(2);
    expect(s.min(), 'after popping 2').toBe(5);
  });
  it('keeps the minimum while another copy of it is still on the stack', () => {
    const s = new MinStack();
    s.push(2);
    s.push(1);
    s.push(1);
    expect(s.pop()).toBe(1);
    expect(s.min(), 'one 1 is still on the stack').toBe(1);
    expect(s.pop()).toBe(1);
    expect(s.min()).toBe(2);
  });
  it('handles negative values', () => {
    const s = new MinStack();
    s.push(-1);
    s.push(4);
    s.push(-7);
    expect(s.min()).toBe(-7);
    s.pop();
    expect(s.min()).toBe(-1);
  });
  it('works normally again after popping an empty stack', () => {
    const s = new MinStack();
    s.pop();
    s.push(4);
    expect(s.size).toBe(1);
    expect(s.min()).toBe(4);
    expect(s.peek()).toBe(4);
  });
  it('returns values past 2^31 and fractions exactly', () => {
    const s = new MinStack();
    s.push(2 ** 31);
    s.push(0.5);
    s.push(-(2 ** 53 - 1));
    expect(s.min()).toBe(-(2 ** 53 - 1));
    expect(s.pop()).toBe(-(2 ** 53 - 1));
    expect(s.min()).toBe(0.5);
    expect(s.pop()).toBe(0.5);
    expect(s.peek()).toBe(2 ** 31);
    expect(s.min()).toBe(2 ** 31);
  });
  it('restores a huge minimum after a huge negative one is popped', () => {
    const s = new MinStack();
    s.push(1e308);
    s.push(-1e308);
    expect(s.min()).toBe(-1e308);
    s.pop();
    expect(s.min()).toBe(1e308);
  });
  it('keeps two stacks independent', () => {
    const a = new MinStack();
    const b = new MinStack();
    a.push(1);
    b.push(9);
    expect(a.min()).toBe(1);
    expect(b.min()).toBe(9);
    expect(b.size).toBe(1);
  });
});

describe('MinStack properties', () => {
  it.prop([commands])('behaves like a plain array whose minimum is found by scanning', (cmds) => {
    fc.modelRun(() => ({ model: { items: [] }, real: new MinStack() }), cmds);
  });

  it.prop([fc.array(numbersOf(meta.domain.value), { minLength: 1, maxLength: 60 })])(
    'after pushing values and popping them all, each min() matched the values still on the stack',
    (values) => {
      const s = new MinStack();
      values.forEach((v, i) => {
        s.push(v);
        expect(normaliseZeros(s.min()), `after ${i + 1} pushes`).toBe(normaliseZeros(Math.min(...values.slice(0, i + 1))));
      });
      for (let k = values.length; k > 0; k--) {
        expect(normaliseZeros(s.min()), `with ${k} values left`).toBe(normaliseZeros(Math.min(...values.slice(0, k))));
        expect(s.pop()).toBe(values[k - 1]);
      }
      expect(s.size).toBe(0);
      expect(s.min()).toBeUndefined();
    },
  );
});
