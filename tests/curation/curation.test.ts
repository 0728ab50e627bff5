// Curation services against real Postgres: what moves where, and the audit trail.
import { addAlias, mergeActors, removeAlias, splitActor } from "../../src/curation/actors";
import { countAliasUses } from "../../src/curation/alias-occurrences";
import { setClaimSpeaker } from "../../src/curation/claims";
import type { ActorKind } from "../../src/generated/prisma/enums";
import { normalizeName } from "../../src/text/normalize";
import { useTestDatabase } from "../support/database";

const curator = { apiKeyId: null };

describe("curation", () => {
  const db = useTestDatabase();
  const prisma = () => db().prisma;
  beforeEach(() => db().reset());

  let bodyCounter = 0;
  async function actor(name: string, aliases: string[] = [name], kind: ActorKind = "PERSON") {
    return prisma().actor.create({
      data: { name, kind, aliases: { create: aliases.map((surface) => ({ surface, normalized: normalizeName(surface) })) } },
    });
  }
  async function article(body: string, mentions: { actorId: number; count: number; offset: number }[]) {
    return prisma().article.create({
      data: {
        body, rawText: body, language: "en", contentHash: `hash-${++bodyCounter}`,
        actors: { create: mentions.map((m) => ({ actorId: m.actorId, mentionCount: m.count, firstOffset: m.offset })) },
      },
    });
  }
  const claim = (articleId: number, speakerId: number | null, text: string) =>
    prisma().claim.create({ data: { articleId, speakerId, text, startOffset: 0, endOffset: text.length } });
  const event = (articleIds: number[], participants: { actorId: number; role: "HOST" | "VISITOR" | "ATTENDEE" }[]) =>
    prisma().event.create({
      data: {
        title: "Talks", kind: "TALKS",
        articles: { create: articleIds.map((articleId) => ({ articleId, relation: "REPORTS" as const })) },
        participants: { create: participants },
      },
    });

  describe("mergeActors", () => {
    it("moves aliases, mentions (summed, earliest offset), claims, participations and affiliates to the survivor", async () => {
      const survivor = await actor("Vladimir Putin", ["Vladimir Putin", "Putin"]);
      const duplicate = await actor("V. Putin", ["V. Putin", "putin"]);
      const country = await prisma().actor.create({ data: { name: "Russia", kind: "STATE", affiliationId: null } });
      await prisma().actor.update({ where: { id: country.id }, data: { affiliationId: duplicate.id } });
      const shared = await article("Putin met V. Putin", [{ actorId: survivor.id, count: 2, offset: 10 }, { actorId: duplicate.id, count: 3, offset: 4 }]);
      const only = await article("V. Putin spoke", [{ actorId: duplicate.id, count: 1, offset: 0 }]);
      const spoken = await claim(only.id, duplicate.id, "V. Putin said it");
      const both = await event([shared.id], [{ actorId: survivor.id, role: "HOST" }, { actorId: duplicate.id, role: "VISITOR" }]);
      const theirs = await event([only.id], [{ actorId: duplicate.id, role: "ATTENDEE" }]);

      await mergeActors(prisma(), curator, survivor.id, [duplicate.id]);

      expect(await prisma().actor.findUnique({ where: { id: duplicate.id } })).toBeNull();
      const aliases = await prisma().actorAlias.findMany({ where: { actorId: survivor.id } });
      expect(aliases.map((a) => a.surface).sort()).toEqual(["Putin", "V. Putin", "Vladimir Putin"]);
      const mentions = await prisma().articleActor.findMany({ where: { actorId: survivor.id }, orderBy: { articleId: "asc" } });
      expect(mentions.map((m) => [m.articleId, m.mentionCount, m.firstOffset])).toEqual([[shared.id, 5, 4], [only.id, 1, 0]]);
      expect((await prisma().claim.findUniqueOrThrow({ where: { id: spoken.id } })).speakerId).toBe(survivor.id);
      const roles = await prisma().eventParticipant.findMany({ where: { actorId: survivor.id }, orderBy: { eventId: "asc" } });
      expect(roles.map((p) => [p.eventId, p.role])).toEqual([[both.id, "HOST"], [theirs.id, "ATTENDEE"]]);
      expect((await prisma().actor.findUniqueOrThrow({ where: { id: country.id } })).affiliationId).toBe(survivor.id);

      const [entry] = await prisma().auditLog.findMany();
      expect(entry).toMatchObject({ action: "mergeActors", entityType: "Actor", entityId: survivor.id });
      expect((entry.before as { merged: { id: number }[] }).merged[0].id).toBe(duplicate.id);
      expect((entry.after as { claimIds: number[] }).claimIds).toEqual([spoken.id]);
    });

    it("writes nothing when one of the actors does not exist", async () => {
      const survivor = await actor("A");
      const other = await actor("B");
      await expect(mergeActors(prisma(), curator, survivor.id, [other.id, 999999])).rejects.toMatchObject({ extensions: { code: "NOT_FOUND" } });
      expect(await prisma().actor.count()).toBe(2);
      expect(await prisma().auditLog.count()).toBe(0);
    });
  });

  describe("aliases", () => {
    it("adds an alias once, removes it, and never removes the last one", async () => {
      const a = await actor("Ahmad al-Sharaa");
      await addAlias(prisma(), { apiKeyId: null }, a.id, "Abu Mohammed al-Jolani");
      await addAlias(prisma(), curator, a.id, "abu mohammed al jolani"); // same key: no change
      expect(await prisma().actorAlias.count({ where: { actorId: a.id } })).toBe(2);
      await removeAlias(prisma(), curator, a.id, "Abu Mohammed al-Jolani");
      expect((await prisma().actorAlias.findMany({ where: { actorId: a.id } })).map((x) => x.surface)).toEqual(["Ahmad al-Sharaa"]);
      await expect(removeAlias(prisma(), curator, a.id, "Ahmad al-Sharaa")).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "alias" } });
      expect((await prisma().auditLog.findMany({ orderBy: { id: "asc" } })).map((e) => e.action)).toEqual(["addAlias", "removeAlias"]);
    });
  });

  describe("splitActor", () => {
    it("moves what is determinable from the text and leaves the rest", async () => {
      // Two people conflated under one actor: "Jordan" the country-named minister and "Michael Jordan".
      const conflated = await actor("Jordan Smith", ["Jordan Smith", "Smith", "Michael Jordan"]);
      const onlyMoved = await article("Michael Jordan scored. Michael Jordan smiled.", [{ actorId: conflated.id, count: 2, offset: 0 }]);
      const onlyKept = await article("Smith resigned.", [{ actorId: conflated.id, count: 1, offset: 0 }]);
      const mixed = await article("Jordan Smith met Michael Jordan. Smith said hello.", [{ actorId: conflated.id, count: 3, offset: 0 }]);
      const movedClaim = await claim(onlyMoved.id, conflated.id, "I scored");
      const mixedMovedClaim = await claim(mixed.id, conflated.id, "Michael Jordan said he would play");
      const mixedKeptClaim = await claim(mixed.id, conflated.id, "Smith said hello");
      const movedEvent = await event([onlyMoved.id], [{ actorId: conflated.id, role: "ATTENDEE" }]);
      const mixedEvent = await event([mixed.id], [{ actorId: conflated.id, role: "HOST" }]);

      const { created } = await splitActor(prisma(), curator, conflated.id, ["michael jordan"], null);

      expect(created).toMatchObject({ name: "Michael Jordan", kind: "PERSON" });
      expect((await prisma().actorAlias.findMany({ where: { actorId: created.id } })).map((a) => a.surface)).toEqual(["Michael Jordan"]);
      const mentionsOf = async (actorId: number) =>
        (await prisma().articleActor.findMany({ where: { actorId }, orderBy: { articleId: "asc" } })).map((m) => [m.articleId, m.mentionCount, m.firstOffset]);
      expect(await mentionsOf(created.id)).toEqual([[onlyMoved.id, 2, 0], [mixed.id, 1, 17]]);
      expect(await mentionsOf(conflated.id)).toEqual([[onlyKept.id, 1, 0], [mixed.id, 2, 0]]);
      const speaker = async (id: number) => (await prisma().claim.findUniqueOrThrow({ where: { id } })).speakerId;
      expect(await speaker(movedClaim.id)).toBe(created.id);
      expect(await speaker(mixedMovedClaim.id)).toBe(created.id);
      expect(await speaker(mixedKeptClaim.id)).toBe(conflated.id);
      const participant = async (eventId: number) => (await prisma().eventParticipant.findFirstOrThrow({ where: { eventId } })).actorId;
      expect(await participant(movedEvent.id)).toBe(created.id);
      expect(await participant(mixedEvent.id)).toBe(conflated.id);
      expect(await prisma().auditLog.findFirst({ where: { action: "splitActor" } })).not.toBeNull();
    });

    it("refuses aliases the actor lacks or taking all of them, writing nothing", async () => {
      const a = await actor("Solo", ["Solo", "Han"]);
      await expect(splitActor(prisma(), curator, a.id, ["Han", "Chewie"], null)).rejects.toMatchObject({ extensions: { field: "aliases[1]" } });
      await expect(splitActor(prisma(), curator, a.id, ["Han", "Solo"], null)).rejects.toMatchObject({ extensions: { field: "aliases" } });
      expect(await prisma().actor.count()).toBe(1);
      expect(await prisma().auditLog.count()).toBe(0);
    });
  });

  describe("setClaimSpeaker", () => {
    it("sets and clears the speaker, auditing both", async () => {
      const a = await actor("Speaker");
      const art = await article("text", []);
      const c = await claim(art.id, null, "It will rain");
      await setClaimSpeaker(prisma(), curator, c.id, a.id);
      expect((await prisma().claim.findUniqueOrThrow({ where: { id: c.id } })).speakerId).toBe(a.id);
      await setClaimSpeaker(prisma(), curator, c.id, null);
      expect((await prisma().claim.findUniqueOrThrow({ where: { id: c.id } })).speakerId).toBeNull();
      const entries = await prisma().auditLog.findMany({ orderBy: { id: "asc" } });
      expect(entries.map((e) => [e.before, e.after])).toEqual([[{ speakerId: null }, { speakerId: a.id }], [{ speakerId: a.id }, { speakerId: null }]]);
      await expect(setClaimSpeaker(prisma(), curator, c.id, 424242)).rejects.toMatchObject({ extensions: { code: "NOT_FOUND", field: "actorId" } });
    });
  });
});

describe("countAliasUses", () => {
  it("matches whole words, longest form first", () => {
    const uses = countAliasUses("Vladimir Putin and Putin; Putinism is not a name.", { moved: ["Putin"], kept: ["Vladimir Putin"] });
    expect(uses).toEqual({ moved: { count: 1, firstOffset: 19 }, kept: { count: 1, firstOffset: 0 } });
  });
});
