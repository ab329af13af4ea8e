// Kahn's algorithm: keep taking courses whose prerequisites are all taken. Every course
// gets taken exactly when the prerequisites contain no cycle.
export function canFinish(numCourses: number, prerequisites: number[][]): boolean {
  const unlocks: number[][] = Array.from({ length: numCourses }, () => []);
  const missing = new Int32Array(numCourses); // prerequisites not yet taken
  for (const [course, before] of prerequisites) {
    unlocks[before].push(course);
    missing[course]++;
  }
  const ready: number[] = [];
  for (let c = 0; c < numCourses; c++) if (missing[c] === 0) ready.push(c);
  let taken = 0;
  while (ready.length > 0) {
    const done = ready.pop()!;
    taken++;
    for (const next of unlocks[done]) if (--missing[next] === 0) ready.push(next);
  }
  return taken === numCourses;
}
