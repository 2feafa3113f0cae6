/**
 * Reads what fast-check puts in a failing property's error message: the shrunk counterexample,
 * the seed and path that replay it, and how often it was shrunk. Pure: text in, data out.
 */
export interface PropertyFailure {
  counterexample: string;
  seed: number;
  path: string;
  shrinks: number;
  runs: number;
}

export function parsePropertyFailure(message: string): PropertyFailure | null {
  const header = /Property failed after (\d+) tests?/.exec(message);
  const replay = /\{\s*seed:\s*(-?\d+),\s*path:\s*"([^"]*)"/.exec(message);
  const example = /Counterexample:\s*([^\n]*(?:\n(?!Shrunk|Hint|Got error|Caused by)[^\n]*)*)/.exec(message);
  if (!header || !replay || !example) return null;
  const shrinks = /Shrunk (\d+) time/.exec(message);
  return {
    runs: Number(header[1]),
    seed: Number(replay[1]),
    path: replay[2]!,
    counterexample: example[1]!.trim(),
    shrinks: shrinks ? Number(shrinks[1]) : 0,
  };
}
