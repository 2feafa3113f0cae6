// Node module resolve hook: `#kit` always means this workspace's harness/kit/index.ts, also for
// implementation files outside the workspace (`--impl DIR` of another player), whose nearest
// package.json may not map it. Registered by harness/impl/kit-resolve.ts; runs off-thread.
let kitUrl;
export function initialize(data) {
  kitUrl = data.kitUrl;
}
export async function resolve(specifier, context, nextResolve) {
  if (specifier === '#kit') return nextResolve(kitUrl, context);
  return nextResolve(specifier, context);
}
