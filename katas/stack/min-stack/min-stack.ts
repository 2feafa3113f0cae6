/**
 * Min Stack: a stack that also reports its smallest value, every operation in O(1).
 * Read README.md for the rules and examples; run `npx kata check min-stack` to test.
 */
import { NotImplemented } from '#kit';

/** A last-in, first-out stack of numbers that can report its minimum in O(1). */
export class MinStack {
  /** Creates an empty stack. */
  constructor() {
    // TODO: set up your fields here, then implement every method below and delete each throw.
    throw new NotImplemented('MinStack');
  }

  /** Puts `value` on top of the stack. O(1). */
  push(value: number): void {
    throw new NotImplemented('MinStack.push');
  }

  /** Removes and returns the top value; `undefined` (and no change) when the stack is empty. O(1). */
  pop(): number | undefined {
    throw new NotImplemented('MinStack.pop');
  }

  /** The top value without removing it; `undefined` when the stack is empty. O(1). */
  peek(): number | undefined {
    throw new NotImplemented('MinStack.peek');
  }

  /** The smallest value currently on the stack; `undefined` when the stack is empty. O(1). */
  min(): number | undefined {
    throw new NotImplemented('MinStack.min');
  }

  /** How many values are on the stack. O(1). */
  get size(): number {
    throw new NotImplemented('MinStack.size');
  }
}
