// Mutant: an unknown role quietly gets no permissions (`[]`) instead of a RangeError, hiding
// typos in role names.
type Roles = Readonly<Record<string, { permissions: readonly string[]; inherits: readonly string[] }>>;

export function effectivePermissions(roles: Roles, role: string): string[] {
  const visited = new Set<string>();
  const granted = new Set<string>();
  const stack = [role];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (visited.has(name) || !Object.hasOwn(roles, name)) continue;
    visited.add(name);
    for (const permission of roles[name]!.permissions) granted.add(permission);
    stack.push(...roles[name]!.inherits);
  }
  return [...granted].sort();
}
