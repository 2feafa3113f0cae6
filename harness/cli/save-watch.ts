/**
 * Saves as watch mode and interview mode see them: chokidar events, none for what is there at the
 * start, a write counted once it has settled (an editor's save arrives as one event).
 */
import { watch, type ChokidarOptions, type FSWatcher } from 'chokidar';

export const SAVE_EVENTS = { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 10, pollInterval: 5 } } as const satisfies ChokidarOptions;

/** Calls `onSave` with each file under `paths` that is written or created. */
export function watchSaves(paths: string | string[], onSave: (file: string) => void, options: ChokidarOptions = {}): FSWatcher {
  const watcher = watch(paths, { ...SAVE_EVENTS, ...options });
  watcher.on('all', (event, file) => {
    if (event === 'add' || event === 'change') onSave(file);
  });
  return watcher;
}
