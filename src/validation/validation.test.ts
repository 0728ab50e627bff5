// Every rejection names its field and carries BAD_USER_INPUT.
import type { GraphQLError } from "graphql";
import { validateArticleInput, validateArticleInputs } from "./article";
import { globalIdOf } from "./checks";
import { validateClaimSpeaker, validateMergeActors, validateSplitActor } from "./curation";

const limits = { maxArticleBytes: 1000, maxBatch: 3 };
const now = new Date("2026-11-22T12:00:00Z");
// A stand-in for the API's id format: "Type:number".
const decode = (id: string) => {
  const [type, n] = id.split(":");
  return type && /^\d+$/.test(n ?? "") ? { type, id: Number(n) } : null;
};

function rejection(fn: () => unknown): { field: string; code: string; message: string } {
  try {
    fn();
  } catch (error) {
    const e = error as GraphQLError;
    return { field: e.extensions.field as string, code: e.extensions.code as string, message: e.message };
  }
  throw new Error("expected a rejection");
}

describe("article input", () => {
  const valid = { text: "  Leaders met in Geneva.  ", title: "Talks", url: "https://example.org/a", source: "Wire", publishedAt: "2026-11-21T08:00:00Z", language: "en" };

  it("accepts and trims a valid article", () => {
    expect(validateArticleInput(valid, limits, "input", now)).toEqual({
      text: "Leaders met in Geneva.", title: "Talks", url: "https://example.org/a", source: "Wire",
      publishedAt: new Date("2026-11-21T08:00:00Z"), language: "en",
    });
  });

  it.each([
    ["empty text", { text: "" }, "input.text", /empty/],
    ["whitespace text", { text: " \n\t " }, "input.text", /empty/],
    ["zero-width text", { text: "\u200B\u200D\uFEFF" }, "input.text", /empty/],
    ["text over the byte limit", { text: "é".repeat(501) }, "input.text", /longer than 1000 bytes/],
    ["NUL byte", { text: "a\u0000b" }, "input.text", /NUL/],
    ["binary control bytes", { text: "ab\u0007\u001b[0m" }, "input.text", /control/],
    ["lone surrogate", { text: "a\uD800b" }, "input.text", /Unicode/],
    ["javascript: URL", { url: "javascript:alert(1)" }, "input.url", /http or https/],
    ["ftp URL", { url: "ftp://example.org/x" }, "input.url", /http or https/],
    ["relative URL", { url: "/news/1" }, "input.url", /not a valid URL/],
    ["publishedAt the day after tomorrow", { publishedAt: "2026-11-24T00:00:00Z" }, "input.publishedAt", /later than tomorrow/],
    ["publishedAt not a date", { publishedAt: "soon" }, "input.publishedAt", /valid date/],
    ["unknown language", { language: "english" }, "input.language", /ISO 639-1/],
    ["multi-line title", { title: "a\nb" }, "input.title", /single line/],
  ])("rejects %s", (_name, change, field, message) => {
    const error = rejection(() => validateArticleInput({ ...valid, ...change }, limits, "input", now));
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(error.message).toMatch(message);
  });

  it("accepts publishedAt tomorrow, RTL, emoji and zero-width text", () => {
    const input = { text: "مرحبا 👋 a\u200Bb \u202Eabc", publishedAt: "2026-11-23T23:00:00Z" };
    expect(validateArticleInput(input, limits, "input", now).text).toBe(input.text);
  });

  it("names the batch index of the bad article and bounds the batch", () => {
    expect(rejection(() => validateArticleInputs([valid, { text: "" }], limits, "inputs", now)).field).toBe("inputs[1].text");
    expect(rejection(() => validateArticleInputs([valid, valid, valid, valid], limits, "inputs", now)).message).toMatch(/at most 3/);
    expect(rejection(() => validateArticleInputs([], limits, "inputs", now)).field).toBe("inputs");
  });
});

describe("ids and curation input", () => {
  it("rejects an id of another type, naming both types", () => {
    const error = rejection(() => globalIdOf("actorId", "Article:3", "Actor", decode));
    expect(error).toMatchObject({ field: "actorId", code: "BAD_USER_INPUT" });
    expect(error.message).toMatch(/must be a Actor id, got a Article id/);
    expect(rejection(() => globalIdOf("actorId", "garbage", "Actor", decode)).message).toMatch(/not a valid id/);
  });

  it("checks merges, splits and speakers", () => {
    expect(validateMergeActors({ survivorId: "Actor:1", mergedIds: ["Actor:2"] }, decode)).toEqual({ survivorId: 1, mergedIds: [2] });
    expect(rejection(() => validateMergeActors({ survivorId: "Actor:1", mergedIds: ["Actor:1"] }, decode)).field).toBe("mergedIds");
    expect(rejection(() => validateMergeActors({ survivorId: "Actor:1", mergedIds: ["Actor:2", "Claim:2"] }, decode)).field).toBe("mergedIds[1]");
    expect(rejection(() => validateSplitActor({ actorId: "Actor:1", aliases: ["ok", " "] }, decode)).field).toBe("aliases[1]");
    expect(validateClaimSpeaker({ claimId: "Claim:4", actorId: null }, decode)).toEqual({ claimId: 4, actorId: null });
    expect(rejection(() => validateClaimSpeaker({ claimId: "Actor:4" }, decode)).field).toBe("claimId");
  });
});
