// Regression floors on corpora of real scraped pages, each scored against its
// gold in eval/gold/: `check` (../shared/corpus/dev) is the held-out split the
// pipeline is measured on and never tuned on; `dev` (the same folder) and
// `extra` (eval/corpus/extra) are tuned on, and so are the `fresh-*` sets
// (eval/corpus/fresh-*), each for one failure class only. Floors sit at what each
// reached when the pipeline last improved.
import path from "node:path";
import { readGold } from "../../src/eval/gold";
import checkFloors from "./check-floors.json";
import devFloors from "./dev-floors.json";
import extraFloors from "./extra-floors.json";
import freshFloors from "./fresh-floors.json";
import { type Floors, figuresPastFloors, SLOW_TEST_MS } from "./floors";

const root = path.resolve(__dirname, "../..");

it.each<[string, Floors]>([
  ["check", checkFloors],
  ["dev", devFloors],
  ["extra", extraFloors],
  ...Object.entries(freshFloors.sets).map(([set, floors]) => [`fresh-${set}`, floors] as [string, Floors]),
])("scores the %s corpus at or above its recorded floors", async (name, floors) => {
  const gold = path.join(root, "eval/gold", `${name}.gold.json`);
  const corpus = path.resolve(root, readGold(gold).corpus!);
  expect(await figuresPastFloors(corpus, gold, floors)).toEqual([]);
}, SLOW_TEST_MS);
