/**
 * Effective Permissions: everything a role may do, directly or through the roles it inherits.
 * Read README.md for the rules and examples; run `npx kata check effective-permissions` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Collects the permissions of `role` and of every role it inherits from, transitively.
 *
 * @param roles role name → its own permissions and the names of the roles it inherits from;
 *   read-only, never modified
 * @param role the role to resolve
 * @returns every permission, once each, in ascending order
 * @throws RangeError if `role` is not a key of `roles`
 */
export function effectivePermissions(
  roles: Readonly<Record<string, { permissions: readonly string[]; inherits: readonly string[] }>>,
  role: string,
): string[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('effectivePermissions');
}
