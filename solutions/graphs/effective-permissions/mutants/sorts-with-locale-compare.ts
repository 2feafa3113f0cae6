// Mutant: sorts with `localeCompare`, which orders by language rules ('a' before 'B' before
// 'b') instead of by UTF-16 code units ('B' before 'a').
type Roles = Readonly<Record<string, { permissions: readonly string[]; inherits: readonly string[] }>>;

export function effectivePermissions(roles: Roles, role: string): string[] {
  if (!Object.hasOwn(roles, role)) throw new RangeError(`Unknown role ${role}`);
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
  return [...granted].sort((a, b) => a.localeCompare(b));
}
