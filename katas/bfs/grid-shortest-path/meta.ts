import { defineKata } from '#kit';

export default defineKata({
  title: 'Grid Shortest Path',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(cells)' },
  noDomain: "Every cell is one of two fixed characters, '.' or '#': the caller chooses only the grid's shape and layout, which the properties already draw.",
  hints: [
    'The target is O(cells): every cell enters a queue at most once and looks at its four neighbours once.',
    'The grid is a graph whose nodes are cells and whose edges join open neighbours; every edge has length 1. In an unweighted graph, breadth-first search reaches each node first along a shortest path.',
    'Run BFS from the top-left cell, recording each cell\'s distance when you first discover it; the answer is the distance recorded for the bottom-right cell, or -1 if it is never discovered. Check the start and end for walls (and the grid for being empty) before anything else.',
    'Number each cell `row * width + col` and keep distances in an `Int32Array` filled with -1 (doubling as the visited marker). The queue can be an `Int32Array` of cell numbers with a head and a tail index; try the four moves with bounds checks before reading `grid[row][col]`.',
  ],
  notes: {
    asked: [
      'This is the grid form of "shortest path in an unweighted graph": interviewers expect BFS and the reason depth-first search does not give shortest paths.',
      'Follow-ups: return the path itself (store each cell\'s parent), allow up to k walls to be broken (BFS over (cell, walls broken) states), weighted cells (Dijkstra), or 0-1 weights (a deque, 0-1 BFS).',
      'A common speed-up to mention is bidirectional BFS from both ends, which explores about twice the square root of the cells a one-sided search explores in open grids.',
    ],
    traps: [
      'Forgetting to check whether the start or the end is itself a wall.',
      'Using depth-first search and returning the length of the first path found, which is rarely the shortest.',
      'Counting cells on the path instead of steps: the single-cell grid is 0 steps, not 1.',
      'Mixing up rows and columns, which only shows on non-square grids.',
      'Marking cells visited when they are dequeued: the answer stays right but a cell can be enqueued up to four times.',
    ],
    production: [
      'Robot and warehouse path planning (and game AI) run BFS or A* over occupancy grids; A* is BFS ordered by distance plus an admissible estimate.',
      'Chip routing (Lee\'s maze router) and PCB autorouters use exactly this wave expansion over a grid of free and blocked cells.',
      'Flood-fill tools and map services compute reachability and walking distance over rasterised maps the same way.',
    ],
  },
});
