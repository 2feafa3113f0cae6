/**
 * A mistake of the user's (bad argument, unknown kata, damaged file), as opposed to a bug.
 * The CLI prints its message without a stack and exits 2; anything else is a bug and keeps its stack.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
