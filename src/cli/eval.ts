// `npm run eval -- --corpus <folder> --gold <file> [--json <out>]`: scores the
// pipeline on a corpus against a gold file (see src/eval/run.ts). Prints one
// line per section; exits 0 whatever the scores, non-zero only when it could not run.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { runEval } from "../eval/run";
import { summaryLines } from "../eval/score";
import { progressReporter } from "./progress";

async function main() {
  const { values } = parseArgs({
    options: { corpus: { type: "string" }, gold: { type: "string" }, json: { type: "string" } },
  });
  if (!values.corpus || !values.gold) {
    console.error("usage: npm run eval -- --corpus <folder> --gold <file> [--json <out>]");
    process.exit(2);
  }
  const report = await runEval({
    corpus: values.corpus,
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
