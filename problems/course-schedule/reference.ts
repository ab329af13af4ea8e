// Kahn's algorithm: repeatedly take a course whose prerequisites are all taken. If some
// courses never become free, they wait on each other in a cycle and the answer is [].
// The "prerequisite -> courses it unlocks" lists are packed into one typed array (CSR).
export function findOrder(numCourses: number, prerequisites: number[][]): number[] {
  const start = new Int32Array(numCourses + 1); // unlocks of b: edges[start[b] .. start[b + 1])
  const waitingOn = new Int32Array(numCourses);
  for (const pair of prerequisites) {
    start[pair[1] + 1]++;
    waitingOn[pair[0]]++;
  }
  for (let c = 0; c < numCourses; c++) start[c + 1] += start[c];
  const edges = new Int32Array(prerequisites.length);
  const fill = start.slice(0, numCourses);
  for (const pair of prerequisites) edges[fill[pair[1]]++] = pair[0];

  const order: number[] = [];
  for (let c = 0; c < numCourses; c++) if (waitingOn[c] === 0) order.push(c);
  for (let head = 0; head < order.length; head++) {
    const done = order[head];
    for (let e = start[done]; e < start[done + 1]; e++) {
      if (--waitingOn[edges[e]] === 0) order.push(edges[e]);
    }
  }
  return order.length === numCourses ? order : [];
}
