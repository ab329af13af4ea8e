import { readFileSync } from "node:fs";
import { fitComplexity, logLogSlope, type Point } from "./src/probe/fit.js";
for (const f of process.argv.slice(2)) for (const line of readFileSync(f, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const { row, evidence } = JSON.parse(line);
  if (!evidence || !row.time.measured || row.kind === "slow") continue;
  const pts: Point[] = evidence.points;
  const raw = fitComplexity(pts);
  const best = raw.scores.filter((s) => s.class === "O(n)" || s.class === "O(n log n)");
  const nlog = raw.scores.find((s) => s.class === "O(n log n)")!.score, lin = raw.scores.find((s) => s.class === "O(n)")!.score;
  if (!(lin > nlog * 1.35)) continue; // only rows where the log factor fits clearly better
  const half = Math.ceil(pts.length / 2) + 1;
  const low = pts.slice(0, half), high = pts.slice(Math.floor(pts.length / 2));
  const lf = fitComplexity(low), hf = fitComplexity(high);
  const sc = (fit: any, c: string) => fit.scores.find((s: any) => s.class === c).score.toFixed(3);
  const truth = row.declared.time;
  console.log(`${truth === "O(n)" ? "LIN " : truth === "O(n log n)" ? "LOG " : "?   "} ${row.slug} ${row.lang} ${row.file.padEnd(30)} n ${pts[0][0]}..${pts[pts.length-1][0]} lowslope ${logLogSlope(low).toFixed(2)} highslope ${logLogSlope(high).toFixed(2)} low n/nlogn ${sc(lf,"O(n)")}/${sc(lf,"O(n log n)")} high ${sc(hf,"O(n)")}/${sc(hf,"O(n log n)")} all ${lin.toFixed(3)}/${nlog.toFixed(3)}`);
}
