// The graph does not depend on the order of ingestion or on how many workers
// share it: 200 generated articles ingested serially in order and by 3 queue
// workers in shuffled order give identical canonical dumps (the bench run,
// `npm run bench:determinism`, does 1000 articles with 4 workers).
import { compareIngestOrders } from "../../bench/determinism";

/** Two ingests of 200 articles on a busy 2-core machine. */
const SLOW_TEST_MS = 240_000;

it("builds the same graph serially and with 3 workers in shuffled order", async () => {
  const run = await compareIngestOrders({ count: 200, workers: 3, serverUrl: process.env.DATABASE_URL });
  for (const part of run.parts) {
    expect(part.lines).toBeGreaterThan(0);
    expect({ part: part.part, onlySerial: part.onlySerial, onlyParallel: part.onlyParallel }).toEqual({ part: part.part, onlySerial: [], onlyParallel: [] });
  }
}, SLOW_TEST_MS);
