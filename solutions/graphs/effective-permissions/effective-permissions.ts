/**
 * Reference: one graph search over the inheritance links with a visited set, then one sort.
 *
 * Invariant: a role enters `visited` the first time it is reached, and only then are its
 * permissions collected and its parents queued. However many paths lead to a shared ancestor
 * (a diamond), and even around a cycle, each role is expanded exactly once, so the search
 * terminates and no work is repeated. Names are looked up as own properties only, so an
 * inherited name like `constructor` that is not a key adds nothing, and an unknown `role` is
 * caught before the search starts.
 *
 * The search uses an explicit stack, so a long inheritance chain cannot overflow the call stack.
 *
 * Complexity: O(V + E) to visit roles and links, O(P) to collect permissions into a Set, and
 * O(P log P) to sort the distinct ones: O(V + E + P log P) time, O(V + P) extra memory.
 */
type Roles = Readonly<Record<string, { permissions: readonly string[]; inherits: readonly string[] }>>;

export function effectivePermissions(roles: Roles, role: string): string[] {
  if (!Object.hasOwn(roles, role)) throw new RangeError(`Unknown role \`${role}\`: it is not a key of \`roles\`.`);
  const visited = new Set<string>([role]);
  const granted = new Set<string>();
  const stack = [role];
  while (stack.length > 0) {
    const { permissions, inherits } = roles[stack.pop()!]!;
    for (const permission of permissions) granted.add(permission);
    for (const parent of inherits) {
      if (visited.has(parent) || !Object.hasOwn(roles, parent)) continue;
      visited.add(parent);
      stack.push(parent);
    }
  }
  // Default sort compares UTF-16 code units, which is the order the contract asks for.
  return [...granted].sort();
}
