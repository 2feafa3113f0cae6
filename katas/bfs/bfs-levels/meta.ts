import { defineKata } from '#kit';

export default defineKata({
  title: 'BFS Levels',
  difficulty: 'medium',
  target: { class: 'n', text: 'O(V + E)' },
  domain: { node: { kind: 'string' } },
  hints: [
    'The target is O(V + E): one breadth-first search, each node enqueued once and each adjacency list read once.',
    'Searching again for every distance costs a whole search per level, O(V²) on a long path. A single breadth-first search already visits the nodes in order of distance: you only need to see where one distance ends and the next begins.',
    'At the start of each level, the queue holds exactly the nodes of that level. Note how many there are, take exactly that many out, and everything they enqueue belongs to the next level.',
    'Keep a `current` array for the level you are taking out and a `next` array for what it discovers (marked in a Set as they are discovered, start included); when `current` is done, push it and swap. Read neighbours with `Object.hasOwn(graph, node) ? graph[node] : []`.',
  ],
  notes: {
    asked: [
      'Level-by-level BFS is the template behind "minimum number of steps" questions: word ladders, knight moves, minimum genetic mutations, the fewest hops between two users.',
      'Interviewers ask why a depth-first search cannot give the levels: DFS may reach a node through a long path first, and its depth is then not the distance.',
      'Follow-ups: only the k-th level (stop early), the level count (the eccentricity of the start), or the levels of a tree (see level-order).',
    ],
    traps: [
      'Reading the queue length on every iteration while also appending to the queue, which merges one level into the next.',
      'Marking nodes visited when they are dequeued: a node found by two nodes of the same level is then enqueued twice and appears twice.',
      'Pushing the last, empty level onto the result.',
      'Reading `graph[node]` directly, which breaks on nodes that are never keys and on names like `constructor`.',
    ],
    production: [
      'Build systems and package managers compute dependency depth level by level to schedule the leaves first and run each level in parallel.',
      'Social networks show "2nd" and "3rd" degree connections by a bounded level-by-level BFS from the viewer.',
      'Network tools such as traceroute and service-mesh topology views report hops from a source, which is the same distance layering.',
    ],
  },
});
