import { defineKata } from '#kit';

export default defineKata({
  title: 'N-Queens',
  difficulty: 'hard',
  target: { class: 'exponential', text: 'backtracking with O(1) conflict checks' },
  domain: { n: { kind: 'integer', min: 0, max: 13 } },
  hints: [
    'The target complexity is backtracking with O(1) conflict checks: still exponential in n, but every partial placement with a conflict is abandoned at once, and "is this square attacked?" costs O(1).',
    'Every row holds exactly one queen, so place queens row by row and only choose a column for each. A queen at (row, col) blocks its column, its diagonal and its anti-diagonal for every later row.',
    'Squares on one diagonal share `row - col`; squares on one anti-diagonal share `row + col`. Keep three sets (or boolean arrays indexed by col, row - col + n - 1 and row + col): checking and marking are then O(1).',
    'count(row): if row === n return 1; otherwise sum count(row + 1) over every free col, marking the column and both diagonals before the call and unmarking them after. For speed, the three sets fit in three integers used as bitmasks.',
  ],
  notes: {
    asked: [
      'Interviewers ask either for the count or for the boards themselves (as strings of `.` and `Q`); the search is the same, only what you record at row n changes.',
      'Expect to explain the diagonal keys (`row - col` and `row + col`) and why one queen per row removes the need to check rows at all.',
      'Follow-ups: the bitmask version, using symmetry to search only half the first row, and why n-queens has a polynomial-time construction for one solution even though counting them all is hard.',
    ],
    traps: [
      'Checking only one of the two diagonals.',
      'Returning 0 for n = 0: the empty board has exactly one (empty) placement.',
      'Scanning every placed queen to test a square: correct, but O(n) per check instead of O(1).',
      'Forgetting to unmark a column or diagonal when backtracking, which silently loses solutions.',
    ],
    production: [
      'Constraint solvers behind timetabling, shift rostering and resource allocation run this same loop (assign, propagate conflicts, undo on failure) with much smarter propagation.',
      'Register allocation and frequency assignment in networks are constraint problems of the same shape: choose a value per variable so that no two conflicting variables clash.',
    ],
  },
});
