// Mutant: deduplicates the permissions as the keys of a plain object (`granted[permission] =
// true`, then `Object.keys(granted).sort()`). `granted['__proto__'] = true` does not add a key
// (it is the prototype setter), so a permission named `__proto__` is lost:
// `{ a: { permissions: ['__proto__', 'x'], inherits: [] } }` gives ['x'] for 'a'.
type Roles = Readonly<Record<string, { permissions: readonly string[]; inherits: readonly string[] }>>;

export function effectivePermissions(roles: Roles, role: string): string[] {
  if (!Object.hasOwn(roles, role)) throw new RangeError(`Unknown role ${role}`);
  const visited = new Set<string>([role]);
  const granted: Record<string, true> = {};
  const stack = [role];
  while (stack.length > 0) {
    const { permissions, inherits } = roles[stack.pop()!]!;
    for (const permission of permissions) granted[permission] = true;
    for (const parent of inherits) {
      if (visited.has(parent) || !Object.hasOwn(roles, parent)) continue;
      visited.add(parent);
      stack.push(parent);
    }
  }
  return Object.keys(granted).sort();
}
