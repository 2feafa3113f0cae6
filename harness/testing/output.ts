/** Test support: what the CLI wrote to stdout and stderr, called in-process, as plain text. */
import { stripVTControlCharacters } from 'node:util';
import { vi } from 'vitest';

export interface Captured { stdout: string; stderr: string }

/**
 * Replaces both writes until `vi.restoreAllMocks()`. Colour depends on the environment
 * (picocolors colours under `CI=…`, even into a pipe), so escape codes are dropped: tests compare text.
 */
export function captureOutput(): Captured {
  const captured: Captured = { stdout: '', stderr: '' };
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { captured.stdout += stripVTControlCharacters(String(chunk)); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { captured.stderr += stripVTControlCharacters(String(chunk)); return true; });
  return captured;
}
