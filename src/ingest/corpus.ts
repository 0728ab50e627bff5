// Reads article files for ingestion: .txt files (or folders of them), with the
// metadata of an optional manifest.json beside them
// ({ articles: [{ file, url, source, publishedAt }] }, null meaning unknown).
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../db/client";
import { describeFailure, ingestArticle, type IngestOptions } from "./ingest";
import type { ArticleInput } from "./types";

export interface CorpusFile {
  /** The file's name, as manifests and gold files refer to it. */
  file: string;
  path: string;
  input: ArticleInput;
}

interface ManifestEntry {
  file: string;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  title?: string | null;
  language?: string | null;
}

export class CorpusError extends Error {}

function readManifest(dir: string): Map<string, ManifestEntry> {
  const manifestPath = path.join(dir, "manifest.json");
  if (!fs.existsSync(manifestPath)) return new Map();
  let parsed: { articles?: ManifestEntry[] };
  try {
    parsed = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  } catch (error) {
    throw new CorpusError(`${manifestPath} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed.articles)) throw new CorpusError(`${manifestPath} has no "articles" list`);
  return new Map(parsed.articles.map((entry) => [entry.file, entry]));
}

function parseDate(value: string | null | undefined, where: string): Date | null {
  if (!value) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new CorpusError(`${where}: publishedAt "${value}" is not a date`);
  return date;
}

/** The .txt files named by `paths` (folders are read one level deep, sorted by name). */
function listArticleFiles(paths: string[]): string[] {
  return paths.flatMap((given) => {
    const resolved = path.resolve(given);
    if (!fs.existsSync(resolved)) throw new CorpusError(`${given}: no such file or folder`);
    if (!fs.statSync(resolved).isDirectory()) return [resolved];
    return fs
      .readdirSync(resolved)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => path.join(resolved, name));
  });
}

export function readCorpus(paths: string[]): CorpusFile[] {
  const manifests = new Map<string, Map<string, ManifestEntry>>();
  return listArticleFiles(paths).map((filePath) => {
    const dir = path.dirname(filePath);
    if (!manifests.has(dir)) manifests.set(dir, readManifest(dir));
    const file = path.basename(filePath);
    const meta = manifests.get(dir)!.get(file);
    return {
      file,
      path: filePath,
      input: {
        text: fs.readFileSync(filePath, "utf8"),
        title: meta?.title ?? null,
        url: meta?.url ?? null,
        source: meta?.source ?? null,
        publishedAt: parseDate(meta?.publishedAt, `${dir}/manifest.json ${file}`),
        language: meta?.language ?? null,
      },
    };
  });
}

export interface CorpusSummary {
  articlesNew: number;
  /** Already stored (same text or URL). */
  articlesSkipped: number;
  failures: { file: string; reason: string }[];
  actorsCreated: number;
  actorsMerged: number;
  claimsCreated: number;
  eventsCreated: number;
  eventsMerged: number;
  /** File name → article id, for every file stored or found stored. */
  articleIds: Map<string, number>;
}

/** Ingests the files one by one (one transaction each); failures are collected, not thrown. */
export async function ingestCorpus(
  db: Db,
  files: CorpusFile[],
  onProgress?: (done: number, total: number) => void,
  options: IngestOptions = {},
): Promise<CorpusSummary> {
  const summary: CorpusSummary = {
    articlesNew: 0,
    articlesSkipped: 0,
    failures: [],
    actorsCreated: 0,
    actorsMerged: 0,
    claimsCreated: 0,
    eventsCreated: 0,
    eventsMerged: 0,
    articleIds: new Map(),
  };
  for (const [index, corpusFile] of files.entries()) {
    try {
      const outcome = await ingestArticle(db, corpusFile.input, options);
      summary.articleIds.set(corpusFile.file, outcome.articleId);
      if (outcome.created) summary.articlesNew++;
      else summary.articlesSkipped++;
      for (const key of ["actorsCreated", "actorsMerged", "claimsCreated", "eventsCreated", "eventsMerged"] as const) {
        summary[key] += outcome.stats?.[key] ?? 0;
      }
    } catch (error) {
      summary.failures.push({ file: corpusFile.path, reason: describeFailure(error) });
    }
    onProgress?.(index + 1, files.length);
  }
  return summary;
}
