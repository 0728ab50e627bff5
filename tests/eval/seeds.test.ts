// Regression floor: the pipeline scored on the sample corpus must not fall
// below what it reached when the floors were last raised (seeds-floors.json).
import path from "node:path";
import { runEval } from "../../src/eval/run";
import { summaryLines } from "../../src/eval/score";
import { TEST_RUN_ENV } from "../support/urls";
import floors from "./seeds-floors.json";

/** Child processes and whole-corpus runs: generous, since CI machines may be busy. */
const SLOW_TEST_MS = 180_000;

const shared = path.resolve(__dirname, "../../../shared");

it("scores the seed corpus at or above the recorded floors", async () => {
  const report = await runEval({
    corpus: path.join(shared, "corpus/seeds"),
    gold: path.join(shared, "gold/seeds.gold.json"),
    serverUrl: process.env[TEST_RUN_ENV.serverUrl],
  });
  console.log(summaryLines(report).join("\n"));
  const reached = {
    actorsF1: report.actors.f1,
    claimsF1: report.claims.f1,
    eventsRecall: report.events.recall,
    eventsCoverage: report.events.coverage,
    topicsF1: report.topics.f1,
    boilerplateRemoved: report.boilerplate.removed,
  };
  const reachedMost = {
    actorMergeErrors: report.actors.mergeErrors,
    actorDuplicates: report.actors.duplicates,
    eventFragmentation: report.events.fragmentation,
    duplicateParagraphsLeft: report.boilerplate.duplicateParagraphsLeft,
  };
  // Listing the figures that regressed makes the failure say which and by how much.
  const below = Object.entries(floors.atLeast)
    .filter(([figure, floor]) => reached[figure as keyof typeof reached] < floor)
    .map(([figure, floor]) => `${figure} ${reached[figure as keyof typeof reached].toFixed(3)} < ${floor}`);
  const above = Object.entries(floors.atMost)
    .filter(([figure, ceiling]) => reachedMost[figure as keyof typeof reachedMost] > ceiling)
    .map(([figure, ceiling]) => `${figure} ${reachedMost[figure as keyof typeof reachedMost]} > ${ceiling}`);
  expect([...below, ...above]).toEqual([]);
}, SLOW_TEST_MS);
