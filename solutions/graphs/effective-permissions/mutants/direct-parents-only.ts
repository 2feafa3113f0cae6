// Mutant: adds the role's own permissions and those of the roles it names directly, but does not
// follow inheritance any further.
type Roles = Readonly<Record<string, { permissions: readonly string[]; inherits: readonly string[] }>>;

export function effectivePermissions(roles: Roles, role: string): string[] {
  if (!Object.hasOwn(roles, role)) throw new RangeError(`Unknown role ${role}`);
  const granted = new Set(roles[role]!.permissions);
  for (const parent of roles[role]!.inherits) {
    if (Object.hasOwn(roles, parent)) for (const permission of roles[parent]!.permissions) granted.add(permission);
  }
  return [...granted].sort();
}
