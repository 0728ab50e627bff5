// Regression floor: the pipeline scored on the sample corpus must not fall
// below what it reached when the floors were last raised (seeds-floors.json).
import path from "node:path";
import { figuresPastFloors, SLOW_TEST_MS } from "./floors";
import floors from "./seeds-floors.json";

const shared = path.resolve(__dirname, "../../../shared");

it("scores the seed corpus at or above the recorded floors", async () => {
  const regressed = await figuresPastFloors(path.join(shared, "corpus/seeds"), path.join(shared, "gold/seeds.gold.json"), floors);
  expect(regressed).toEqual([]);
}, SLOW_TEST_MS);
