// `npm run eval -- --gold <file> [--corpus <folder>] [--json <out>]`: scores the
// pipeline on the articles a gold file annotates (see src/eval/run.ts); the
// corpus folder defaults to the one the gold names. Prints one line per
// section; exits 0 whatever the scores, non-zero only when it could not run.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { readGold } from "../eval/gold";
import { runEval } from "../eval/run";
import { summaryLines } from "../eval/score";
import { progressReporter } from "./progress";

async function main() {
  const { values } = parseArgs({
    options: { corpus: { type: "string" }, gold: { type: "string" }, json: { type: "string" } },
  });
  const corpus = values.corpus ?? (values.gold ? readGold(values.gold).corpus : undefined);
  if (!corpus || !values.gold) {
    console.error("usage: npm run eval -- --gold <file> [--corpus <folder>] [--json <out>]");
    process.exit(2);
  }
  const report = await runEval({
    corpus,
    gold: values.gold,
    serverUrl: process.env.DATABASE_URL || undefined,
    onProgress: progressReporter("ingesting"),
  });
  for (const line of summaryLines(report)) console.log(line);
  if (values.json) {
    fs.writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`report written to ${values.json}`);
  }
}

main().catch((error) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
