import { defineKata } from '#kit';

export default defineKata({
  title: 'Multi-Source Spread',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(cells)' },
  noDomain: "Every cell is one of three fixed characters, 'I', 'H' or '.': the caller chooses only the grid's shape and layout, which the properties already draw.",
  hints: [
    'The target is O(cells): every cell is infected at most once and looks at its four neighbours once.',
    'Simulating minute by minute and rescanning the whole grid each minute costs O(cells) per minute. Instead, only the cells infected in the last minute can infect anyone in the next one.',
    'This is breadth-first search with many starts: put every initially infected cell in the queue at distance 0, then run an ordinary BFS through healthy cells. A cell\'s BFS distance is the minute it gets infected.',
    'Count the healthy cells first (return 0 if there are none). During the BFS, decrement the count whenever a healthy cell is infected and keep the largest distance seen. At the end, a count above 0 means -1; otherwise the largest distance is the answer. Keep the state in a `Uint8Array` or `Int32Array` indexed by `row * width + col`, not in the grid.',
  ],
  notes: {
    asked: [
      'This is the "rotting oranges" question; interviewers want to see multi-source BFS and to hear why it equals running BFS from a virtual node joined to every source.',
      'Follow-ups: which source infects each cell (carry the source label in the queue), the distance from every cell to the nearest exit or server (the same multi-source BFS), or spread that costs different times per cell (Dijkstra).',
      'Be ready to justify the answer: the number of minutes is the largest, over healthy cells, of the distance to the nearest infected cell.',
    ],
    traps: [
      'Running a separate BFS from each infected cell and keeping the last or the first, which is wrong, or the minimum per cell, which is right but O(cells·sources).',
      'Counting BFS levels instead of minutes: the initial level is minute 0, so the answer is one less than the number of levels.',
      'Returning -1 when there is nothing infected, even though nothing is healthy either (the answer is 0).',
      'Writing the infection back into the grid: the input is read-only, and in JavaScript strings cannot be changed in place anyway.',
    ],
    production: [
      'Failure and alert propagation: how many hops until an outage reaches every dependent service, from several failing services at once.',
      'Content distribution and gossip protocols estimate how many rounds an update needs to reach every node from several seed replicas.',
      'Maps and logistics compute, for every location, the distance to the nearest depot, charger or store with one multi-source search instead of one search per site.',
    ],
  },
});
