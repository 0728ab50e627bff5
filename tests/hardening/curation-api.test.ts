// Curation through the API: role checks, the change itself, and the audit log query.
import { createApiKey } from "../../src/auth/keys";
import { toGlobalId } from "../../src/graph/ids";
import { normalizeName } from "../../src/text/normalize";
import { useTestDatabase } from "../support/database";
import { bearer, codes, startTestServer, type TestServer } from "./server";

describe("curation API", () => {
  const db = useTestDatabase();
  let server: TestServer;
  let editor: string;
  beforeAll(async () => {
    server = await startTestServer(db().url);
    editor = (await createApiKey(db().prisma, "desk editor", "EDITOR")).secret;
  });
  afterAll(() => server.stop());

  const actor = (name: string) =>
    db().prisma.actor.create({ data: { name, kind: "PERSON", aliases: { create: [{ surface: name, normalized: normalizeName(name) }] } } });

  it("merges actors for an editor and records who did it in the audit log", async () => {
    const survivor = await actor("Ursula von der Leyen");
    const duplicate = await actor("Von der Leyen");
    const merge = `mutation ($s: ID!, $m: [ID!]!) { mergeActors(survivorId: $s, mergedIds: $m) { name aliases { surface } } }`;
    const variables = { s: toGlobalId("Actor", survivor.id), m: [toGlobalId("Actor", duplicate.id)] };

    expect(codes((await server.gql(merge, variables)).body)).toEqual(["UNAUTHENTICATED"]);
    const merged = await server.gql(merge, variables, bearer(editor));
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data.mergeActors.aliases.map((a: { surface: string }) => a.surface).sort()).toEqual(["Ursula von der Leyen", "Von der Leyen"]);

    const log = await server.gql(
      `query ($id: ID) { auditLog(filter: { entityId: $id }) { totalCount nodes { action entityId apiKeyName createdAt before after } } }`,
      { id: toGlobalId("Actor", survivor.id) },
      bearer(editor),
    );
    expect(log.body.data.auditLog.totalCount).toBe(1);
    const [entry] = log.body.data.auditLog.nodes;
    expect(entry).toMatchObject({ action: "mergeActors", entityId: toGlobalId("Actor", survivor.id), apiKeyName: "desk editor" });
    expect(entry.before.merged[0].name).toBe("Von der Leyen");
    expect(entry.after.aliases).toHaveLength(2);
  });

  it("splits, edits aliases and sets speakers through the API, newest audit entry first", async () => {
    const person = await actor("Kim Jong");
    const id = toGlobalId("Actor", person.id);
    const add = await server.gql(`mutation ($id: ID!) { addAlias(actorId: $id, alias: "Kim Jong Un") { id } }`, { id }, bearer(editor));
    expect(add.body.errors).toBeUndefined();
    const split = await server.gql(
      `mutation ($id: ID!) { splitActor(actorId: $id, aliases: ["kim jong un"], name: "Kim Jong Un") { original { name } created { name aliases { surface } } } }`,
      { id },
      bearer(editor),
    );
    expect(split.body.data.splitActor).toEqual({ original: { name: "Kim Jong" }, created: { name: "Kim Jong Un", aliases: [{ surface: "Kim Jong Un" }] } });
    const article = await db().prisma.article.create({ data: { body: "b", rawText: "b", language: "en", contentHash: "h1" } });
    const claim = await db().prisma.claim.create({ data: { articleId: article.id, text: "It is so.", startOffset: 0, endOffset: 9 } });
    const speaker = await server.gql(
      `mutation ($c: ID!, $a: ID) { setClaimSpeaker(claimId: $c, actorId: $a) { speaker { name } } }`,
      { c: toGlobalId("Claim", claim.id), a: id },
      bearer(editor),
    );
    expect(speaker.body.data.setClaimSpeaker.speaker.name).toBe("Kim Jong");
    expect(codes((await server.gql(`{ auditLog { totalCount } }`)).body)).toEqual(["UNAUTHENTICATED"]);
    const log = await server.gql(`{ auditLog(first: 3) { nodes { action } pageInfo { hasNextPage } } }`, undefined, bearer(editor));
    expect(log.body.data.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(["setClaimSpeaker", "splitActor", "addAlias"]);
    expect(log.body.data.auditLog.pageInfo.hasNextPage).toBe(true);
  });

  it("answers NOT_FOUND for an actor that does not exist and writes nothing", async () => {
    const before = await db().prisma.auditLog.count();
    const response = await server.gql(`mutation { removeAlias(actorId: "${toGlobalId("Actor", 987654)}", alias: "x") { id } }`, undefined, bearer(editor));
    expect(codes(response.body)).toEqual(["NOT_FOUND"]);
    expect(await db().prisma.auditLog.count()).toBe(before);
  });
});
