/**
 * The bridge carries every API in the catalogue. Each kata's reference, copied into a directory
 * laid out like katas/, is someone's code to the harness: its tests run through the bridge
 * (stand-ins here, the reference in its own sandboxed process), so functions, classes with getters,
 * comparators, predicates, listeners kept by identity, objects returned as themselves, frozen
 * inputs and 100 000-deep trees all cross. Every kata must pass as the reference does in-realm.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kataFiles, solutionFiles } from '../base/paths.ts';
import { listKatas } from '../catalogue/katas.ts';
import { runKataTests } from '../runner/isolated.ts';
import { processesWithArg } from '../testing/processes.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-bridged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every reference, run as someone\'s code through the bridge', () => {
  it('passes every kata\'s tests', { timeout: 900_000 }, async () => {
    const ids = listKatas().map((kata) => kata.id);
    for (const id of ids) {
      const target = kataFiles(id, dir).stub;
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(solutionFiles(id).reference, target);
    }
    // Seen from outside: the solutions really ran in processes of their own, one per kata.
    const hosts = new Set<number>();
    const watch = setInterval(() => { for (const p of processesWithArg(`${path.sep}bridge${path.sep}host.ts`)) hosts.add(p.pid); }, 20);
    const reports = await runKataTests(ids, { kind: 'dir', dir }, { seed: 7 }).finally(() => clearInterval(watch));
    const notPassing = reports.filter((r) => r.status !== 'passing').map((r) => `${r.id}: ${[...r.loadErrors, ...r.failures.map((f) => `${f.test}: ${f.message}`)].join(' | ').slice(0, 400)}`);
    expect(notPassing).toEqual([]);
    expect(reports).toHaveLength(ids.length);
    expect(hosts.size).toBeGreaterThanOrEqual(ids.length / 2);
  });
});
