// Regression floor on articles the pipeline was not tuned on: four hand-written
// international-politics articles (wire dateline, EU statement, scraped page
// with chrome and a repeated paragraph, a second outlet disagreeing on a venue)
// in tests/fixtures/generalisation, annotated before their output was seen.
import path from "node:path";
import { figuresPastFloors, SLOW_TEST_MS } from "./floors";
import floors from "./generalisation-floors.json";

const fixtures = path.resolve(__dirname, "../fixtures/generalisation");

it("scores the generalisation corpus at or above the recorded floors", async () => {
  const regressed = await figuresPastFloors(path.join(fixtures, "corpus"), path.join(fixtures, "gold.json"), floors);
  expect(regressed).toEqual([]);
}, SLOW_TEST_MS);
