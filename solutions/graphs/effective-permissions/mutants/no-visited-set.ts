// Mutant: recursive walk with no visited set at all. Diamonds are merely slow, but an
// inheritance cycle recurses until the call stack overflows.
type Roles = Readonly<Record<string, { permissions: readonly string[]; inherits: readonly string[] }>>;

export function effectivePermissions(roles: Roles, role: string): string[] {
  if (!Object.hasOwn(roles, role)) throw new RangeError(`Unknown role ${role}`);
  const granted = new Set<string>();
  const walk = (name: string): void => {
    if (!Object.hasOwn(roles, name)) return;
    for (const permission of roles[name]!.permissions) granted.add(permission);
    for (const parent of roles[name]!.inherits) walk(parent);
  };
  walk(role);
  return [...granted].sort();
}
