import { defineKata } from '#kit';

export default defineKata({
  title: 'Count Islands',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(cells)' },
  noDomain: "Every cell is one of two fixed characters, '0' or '1': the caller chooses only the grid's shape and layout, which the properties already draw.",
  hints: [
    'The target is O(cells): every cell is looked at a constant number of times, however the islands wind.',
    'Scan the grid in reading order. The first land cell of an island you meet is the moment to count it; then make sure no other cell of that island is ever counted again.',
    'From that cell, flood the whole island and mark every cell you reach as seen. A recursive flood fill is the short version, but a million-cell island means a million nested calls: use your own queue or stack instead.',
    'Keep a `seen` Uint8Array of rows × columns and a queue of cell numbers (row × width + col) in an Int32Array. Mark a cell when you enqueue it, not when you dequeue it, so no cell enters the queue twice. Check bounds before reading a neighbour.',
  ],
  notes: {
    asked: [
      'One of the most asked grid questions; interviewers look for the flood fill, the seen-marking discipline and bounds checks, then ask about the call stack on a large grid.',
      'Follow-ups: the area of the largest island, islands joined diagonally (8 directions), the number of distinct island shapes, and a stream of "land appears at (r, c)" events answered after each one (union-find).',
      'Be ready to compare BFS, iterative DFS and union-find: all O(cells); union-find also handles cells arriving one at a time.',
    ],
    traps: [
      'Recursive flood fill: a 1000×1000 island is a million nested calls and overflows the stack.',
      'Marking cells when they are dequeued instead of enqueued: the same cell enters the queue up to four times.',
      'Counting a land cell whose upper and left neighbours are water as a new island: that fails on a U shape, whose two arms look like separate islands until they meet at the bottom.',
      'Loop bounds that stop one row or column short, and sinking islands by writing into the input.',
    ],
    production: [
      'Connected-component labelling in image processing: finding blobs in satellite images, medical scans and OCR.',
      'Operations dashboards group adjacent failing cells (racks, regions, time buckets) into one incident instead of paging once per cell.',
      'At scale the grid is tiled: each worker labels its tile, then labels that touch across tile borders are merged with union-find, the same two-pass idea used by GPU labelling algorithms.',
    ],
  },
});
