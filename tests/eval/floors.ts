// Regression floors for `npm run eval`: score a corpus against its gold file and
// list every figure that fell below (or, for counts, rose above) the floor file
// recorded when the pipeline last improved. Shared by the seed and
// generalisation tests so both judge the same figures the same way.
import { runEval } from "../../src/eval/run";
import { summaryLines } from "../../src/eval/score";
import { TEST_RUN_ENV } from "../support/urls";

/** Child processes and whole-corpus runs: generous, since CI machines may be busy. */
export const SLOW_TEST_MS = 180_000;

export interface Floors {
  atLeast: Record<string, number>;
  atMost: Record<string, number>;
}

/** Runs eval on `corpus` and returns the figures that regressed past `floors` ("claimsF1 0.910 < 0.95"). */
export async function figuresPastFloors(corpus: string, gold: string, floors: Floors): Promise<string[]> {
  const report = await runEval({ corpus, gold, serverUrl: process.env[TEST_RUN_ENV.serverUrl] });
  console.log(summaryLines(report).join("\n"));
  const reached: Record<string, number> = {
    actorsF1: report.actors.f1,
    claimsF1: report.claims.f1,
    eventsRecall: report.events.recall,
    eventsCoverage: report.events.coverage,
    topicsF1: report.topics.f1,
    boilerplateRemoved: report.boilerplate.removed,
  };
  const reachedMost: Record<string, number> = {
    actorMergeErrors: report.actors.mergeErrors,
    actorDuplicates: report.actors.duplicates,
    eventFragmentation: report.events.fragmentation,
    duplicateParagraphsLeft: report.boilerplate.duplicateParagraphsLeft,
  };
  // Listing the figures that regressed makes the failure say which and by how much.
  const below = Object.entries(floors.atLeast)
    .filter(([figure, floor]) => reached[figure] < floor)
    .map(([figure, floor]) => `${figure} ${reached[figure].toFixed(3)} < ${floor}`);
  const above = Object.entries(floors.atMost)
    .filter(([figure, ceiling]) => reachedMost[figure] > ceiling)
    .map(([figure, ceiling]) => `${figure} ${reachedMost[figure]} > ${ceiling}`);
  return [...below, ...above];
}
