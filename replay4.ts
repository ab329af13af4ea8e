import { readFileSync } from "node:fs";
import { fitComplexity, logLogSlope, type Point } from "./src/probe/fit.js";
import { withinLogFactor } from "./src/probe/verdict.js";
const delta = Number(process.env.DELTA ?? 0.05);
const rows: any[] = [];
for (const f of process.argv.slice(2)) for (const line of readFileSync(f, "utf8").split("\n")) if (line.trim()) rows.push(JSON.parse(line));
const refDecl = new Map(rows.filter((r) => r.row.kind === "reference").map((r) => [`${r.row.slug}:${r.row.lang}`, r.row.declared.time]));
let before = 0, after = 0, n = 0;
for (const { row, evidence } of rows) {
  if (!evidence || !row.time.measured || row.kind !== "correct" || !evidence.reference) continue;
  const own = fitComplexity(evidence.points).measured;
  const truth = refDecl.get(`${row.slug}:${row.lang}`);
  const theirs = new Map(evidence.reference);
  const shared = evidence.points.filter(([m]: Point) => theirs.has(m)).map(([m, s]: Point) => [m, s / (theirs.get(m) as number)] as Point);
  const g = shared.length >= 6 ? logLogSlope(shared) : NaN;
  let now = own;
  if (truth && Math.abs(g) < delta && own !== truth && withinLogFactor(own, truth)) now = truth;
  n++; before += +(own === row.declared.time); after += +(now === row.declared.time);
  if (now !== own) console.log(`${now === row.declared.time ? "FIXED" : own === row.declared.time ? "BROKE" : "moved"} ${row.slug} ${row.lang} ${row.file} declared ${row.declared.time} ref ${truth}: ${own} -> ${now} (g ${g.toFixed(3)})`);
}
console.log(`${n} correct rows: exact ${before} -> ${after}`);
