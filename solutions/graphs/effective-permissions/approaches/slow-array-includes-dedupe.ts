/**
 * slow: depth-first walk that keeps both the visited roles and the granted permissions in plain arrays, checking membership with `includes` before each push.
 * Time: O(V·E + P·D), D the number of distinct permissions — every link scans the visited
 * array and every permission scans the granted one; on the bench (V = 3n + 1, P = D = 20·V) that
 * is O(n²) with a small constant (n = diamonds).
 * exposed by: many distinct permissions (e.g. one role with 10^5 permissions, or thousands of roles with 20 each), or a long inheritance chain of many roles.
 */
type Roles = Readonly<Record<string, { permissions: readonly string[]; inherits: readonly string[] }>>;

export function effectivePermissions(roles: Roles, role: string): string[] {
  if (!Object.hasOwn(roles, role)) throw new RangeError(`Unknown role \`${role}\`.`);
  const visited: string[] = [role];
  const granted: string[] = [];
  const pending = [role];
  while (pending.length > 0) {
    const { permissions, inherits } = roles[pending.pop()!]!;
    for (const permission of permissions) if (!granted.includes(permission)) granted.push(permission);
    for (const parent of inherits) {
      if (!Object.hasOwn(roles, parent) || visited.includes(parent)) continue;
      visited.push(parent);
      pending.push(parent);
    }
  }
  return granted.sort();
}
