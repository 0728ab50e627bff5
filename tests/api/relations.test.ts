// Every relation navigable in both directions, over the newsroom newsroom().
import { toGlobalId } from "../../src/graph/ids";
import { ok } from "./client";
import { useNewsroom } from "./newsroom";

const { query, newsroom } = useNewsroom();

const id = (type: "Article" | "Event" | "Actor" | "Claim" | "Topic", row: { id: number }) => toGlobalId(type, row.id);

test("article → events (with relation), actors (with mentions), claims, topics", async () => {
  const data = ok(
    await query(
      `query ($id: ID!) { article(id: $id) {
        title rawText
        events { totalCount edges { relation node { title } } }
        actors { totalCount edges { mentionCount firstOffset node { name } } }
        claims { nodes { text } }
        topics { nodes { slug } }
      } }`,
      { id: id("Article", newsroom().articles.report) },
    ),
  );
  const article = data.article;
  expect(article.title).toBe("Talks in Port Ardent end with an energy agreement");
  expect(article.rawText).toBe(newsroom().articles.report.rawText);
  // Events in date order: the visit (8 March) before the signing (9 March).
  expect(article.events.edges).toEqual([
    { relation: "MENTIONS", node: { title: "Al-Tamimi visit to Southmark" } },
    { relation: "REPORTS", node: { title: "Energy agreement signing" } },
  ]);
  expect(article.actors.edges).toEqual([
    { mentionCount: 1, firstOffset: 0, node: { name: "Hamad al-Tamimi" } },
    { mentionCount: 2, firstOffset: 27, node: { name: "Renée Müller-Ørsted" } },
  ]);
  // Claims in text order.
  expect(article.claims.nodes.map((c: { text: string }) => c.text)).toEqual([
    "Müller-Ørsted said the deal secures winter supplies.",
    "Officials say the pipeline opens in May.",
  ]);
  expect(article.topics.nodes.map((t: { slug: string }) => t.slug)).toEqual(["diplomacy", "energy"]);
});

test("event → articles (with relation), participants (role, actor, event), claims, topics, discrepancies", async () => {
  const data = ok(
    await query(
      `query ($id: ID!) { event(id: $id) {
        title kind status startDate place
        articles { edges { relation node { title } } }
        participants { totalCount nodes { role actor { name } event { title } } }
        claims { nodes { text speaker { name } } }
        topics { nodes { slug } }
        discrepancies { field values { value articles { source } } }
      } }`,
      { id: id("Event", newsroom().events.signing) },
    ),
  );
  const event = data.event;
  expect(event).toMatchObject({ kind: "AGREEMENT", status: "OCCURRED", startDate: "2025-03-09", place: "Port Ardent" });
  // Newest article first.
  expect(event.articles.edges).toEqual([
    { relation: "REPORTS", node: { title: "Energy agreement signed in the capital" } },
    { relation: "REPORTS", node: { title: "Talks in Port Ardent end with an energy agreement" } },
  ]);
  expect(event.participants.totalCount).toBe(4);
  expect(event.participants.nodes).toEqual([
    { role: "LEADER", actor: { name: "Hamad al-Tamimi" }, event: { title: "Energy agreement signing" } },
    { role: "MEMBER", actor: { name: "Northland" }, event: { title: "Energy agreement signing" } },
    { role: "LEADER", actor: { name: "Renée Müller-Ørsted" }, event: { title: "Energy agreement signing" } },
    { role: "MEMBER", actor: { name: "Southmark" }, event: { title: "Energy agreement signing" } },
  ]);
  expect(event.claims.nodes).toEqual(
    expect.arrayContaining([
      { text: "Müller-Ørsted said the deal secures winter supplies.", speaker: { name: "Renée Müller-Ørsted" } },
      { text: "Officials say the pipeline opens in May.", speaker: null },
    ]),
  );
  expect(event.topics.nodes).toEqual([{ slug: "energy" }]);
  expect(event.discrepancies).toEqual([
    {
      field: "PLACE",
      values: [
        { value: "Port Ardent", articles: [{ source: "Daily Ledger" }] },
        { value: "Southmark City", articles: [{ source: "Evening Courier" }] },
      ],
    },
  ]);
});

test("actor → articles (with mentions), events (with role), claims as speaker, aliases, co-actors, affiliation", async () => {
  const data = ok(
    await query(
      `query ($id: ID!) { actorById(id: $id) {
        name description
        affiliation { name }
        aliases { surface normalized actor { name } }
        articles { edges { mentionCount firstOffset node { title } } }
        events { edges { role node { title } } }
        claims { nodes { text article { title } event { title } } }
        coActors { totalCount nodes { sharedEvents actor { name } } }
      } }`,
      { id: id("Actor", newsroom().actors.minister) },
    ),
  );
  const actor = data.actorById;
  expect(actor.affiliation).toEqual({ name: "Northland" });
  expect(actor.aliases).toEqual(
    expect.arrayContaining([
      { surface: "Hamad al-Tamimi", normalized: "hamad tamimi", actor: { name: "Hamad al-Tamimi" } },
      { surface: "al-Tamimi", normalized: "tamimi", actor: { name: "Hamad al-Tamimi" } },
    ]),
  );
  expect(actor.articles.edges).toEqual([
    { mentionCount: 1, firstOffset: 0, node: { title: "Talks in Port Ardent end with an energy agreement" } },
    { mentionCount: 2, firstOffset: 27, node: { title: "Foreign minister to visit Southmark" } },
  ]);
  expect(actor.events.edges).toEqual([
    { role: "LEADER", node: { title: "Energy agreement signing" } },
    { role: "VISITOR", node: { title: "Al-Tamimi visit to Southmark" } },
  ]);
  expect(actor.claims.nodes).toEqual([
    {
      text: "Al-Tamimi said the pipeline would double exports.",
      article: { title: "Foreign minister to visit Southmark" },
      event: { title: "Al-Tamimi visit to Southmark" },
    },
  ]);
  // Southmark shares both events; the envoy and Northland one each (then by id).
  expect(actor.coActors.totalCount).toBe(3);
  expect(actor.coActors.nodes[0]).toEqual({ sharedEvents: 2, actor: { name: "Southmark" } });
  expect(actor.coActors.nodes.slice(1).map((c: { sharedEvents: number }) => c.sharedEvents)).toEqual([1, 1]);
});

test("claim → speaker, article, event, topics; topic → articles, events, claims, children, parent", async () => {
  const data = ok(
    await query(
      `query ($claim: ID!, $topic: ID!) {
        claim(id: $claim) { text quote startOffset endOffset claimedAt speaker { name } article { source } event { kind } topics { nodes { slug } } }
        topic(id: $topic) {
          slug
          articles { totalCount nodes { title } }
          events { nodes { title } }
          claims { nodes { text } }
        }
        topics(filter: { rootsOnly: false }, first: 100) { nodes { slug parent { slug } children { nodes { slug } } } }
      }`,
      { claim: id("Claim", newsroom().claims.pipelineClaim), topic: toGlobalId("Topic", newsroom().topics.energy) },
    ),
  );
  expect(data.claim).toEqual({
    text: "Al-Tamimi said the pipeline would double exports.",
    quote: "the pipeline would double exports",
    startOffset: 107,
    endOffset: 156,
    claimedAt: "2025-03-01T00:00:00.000Z",
    speaker: { name: "Hamad al-Tamimi" },
    article: { source: "Daily Ledger" },
    event: { kind: "VISIT" },
    topics: { nodes: [{ slug: "energy" }] },
  });
  expect(data.topic.articles).toEqual({
    totalCount: 2,
    nodes: [{ title: "Energy agreement signed in the capital" }, { title: "Talks in Port Ardent end with an energy agreement" }],
  });
  expect(data.topic.events.nodes).toEqual([{ title: "Energy agreement signing" }]);
  expect(data.topic.claims.nodes).toEqual([
    { text: "Müller-Ørsted said the deal secures winter supplies." },
    { text: "Al-Tamimi said the pipeline would double exports." },
  ]);
  // The default taxonomy nests military bases under defense.
  const bySlug = new Map(data.topics.nodes.map((t: { slug: string }) => [t.slug, t]));
  expect(bySlug.get("military-bases")).toMatchObject({ parent: { slug: "defense" } });
  expect(bySlug.get("defense")).toMatchObject({ parent: null, children: { nodes: [{ slug: "military-bases" }] } });
});
