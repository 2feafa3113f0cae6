// Mutant: tests membership with `name in roles`, which is also true for names every object
// inherits (`constructor`, `toString`): an unknown role `toString` is not rejected with a
// RangeError, and an inherited name `constructor` is followed into Object.prototype.
type Roles = Readonly<Record<string, { permissions: readonly string[]; inherits: readonly string[] }>>;

export function effectivePermissions(roles: Roles, role: string): string[] {
  if (!(role in roles)) throw new RangeError(`Unknown role ${role}`);
  const visited = new Set<string>([role]);
  const granted = new Set<string>();
  const stack = [role];
  while (stack.length > 0) {
    const { permissions, inherits } = roles[stack.pop()!]!;
    for (const permission of permissions) granted.add(permission);
    for (const parent of inherits) {
      if (visited.has(parent) || !(parent in roles)) continue;
      visited.add(parent);
      stack.push(parent);
    }
  }
  return [...granted].sort();
}
