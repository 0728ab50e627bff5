// Regression floors on corpora of real scraped pages, each scored against its
// gold in eval/gold/: `check` (../shared/corpus/dev) is the held-out split the
// pipeline is measured on and never tuned on; `dev` (the same folder) and
// `extra` (eval/corpus/extra) are tuned on. Floors sit at what each reached when
// the pipeline last improved.
import path from "node:path";
import { readGold } from "../../src/eval/gold";
import checkFloors from "./check-floors.json";
import devFloors from "./dev-floors.json";
import extraFloors from "./extra-floors.json";
import { figuresPastFloors, SLOW_TEST_MS } from "./floors";

const root = path.resolve(__dirname, "../..");

it.each([
  ["check", checkFloors],
  ["dev", devFloors],
  ["extra", extraFloors],
])("scores the %s corpus at or above its recorded floors", async (name, floors) => {
  const gold = path.join(root, "eval/gold", `${name}.gold.json`);
  const corpus = path.resolve(root, readGold(gold).corpus!);
  expect(await figuresPastFloors(corpus, gold, floors)).toEqual([]);
}, SLOW_TEST_MS);
