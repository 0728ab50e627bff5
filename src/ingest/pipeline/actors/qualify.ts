// Names of state bodies that hold across articles. Generic bodies ("Supreme
// Court", "Electoral Commission") name one institution per country, so a bare
// one is named after the state the article is about ("Electoral Commission of
// Ghana") and joins only that country's body; "Government of Samoa" is the
// state; a state's ministry carries the "Ministry of X of State" form too.
import type { ExtractedActor } from "../../types";
import { type ActorIndex, L } from "./candidates";

const GENERIC_WORDS = new Set(["supreme", "high", "electoral", "election", "national", "federal", "central", "constitutional"]);
const GENERIC_HEADS = new Set(["court", "commission", "assembly", "parliament", "bank"]);
const MINISTRY_OF = /^Ministry of (?:the )?\p{Lu}[\p{L}\s,&-]*$/u;
const WITH_ARTICLE = /^(?:United |Netherlands$|Philippines$|Gambia$|Bahamas$)|Republic/;

/** "Supreme Court", "Electoral Commission", "Parliament": a head and at most one generic word, nothing of its own. */
export function isGenericBody(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const head = words.at(-1)!;
  if (!GENERIC_HEADS.has(head) || words.length > 2) return false;
  return words.length === 2 ? GENERIC_WORDS.has(words[0]!) : head === "parliament";
}

/**
 * The state the article is about: the only one it names, or the one it names
 * most (twice or more, ahead of every other); with none named, the state whose
 * capital it names first ("Accra, March 25 –").
 */
export function articleState(actors: ExtractedActor[]): string | undefined {
  const states = actors.filter((actor) => actor.kind === "STATE").sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = states;
  if (first && !second) return first.name;
  if (first) return first.mentions.length >= 2 && second!.mentions.length < first.mentions.length ? first.name : undefined;
  const capitals = actors
    .filter((actor) => actor.kind === "PLACE" && L.states.capitals.has(actor.name.toLowerCase()))
    .sort((a, b) => Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)));
  const code = capitals[0] && L.states.capitals.get(capitals[0].name.toLowerCase());
  return code ? L.states.byCode.get(code)?.name : undefined;
}

export function qualifyGenericBodies(index: ActorIndex): void {
  for (const actor of index.actors) {
    if (actor.kind !== "ORGANIZATION") continue;
    const affiliation = actor.affiliationKey ? index.byKey.get(actor.affiliationKey) : undefined;
    // "Azerbaijan's Ministry of Foreign Affairs": a ministry only with the state the text gives it.
    const ministry = MINISTRY_OF.test(actor.name) && affiliation?.kind === "STATE";
    if (!ministry && !isGenericBody(actor.name)) continue;
    const state = affiliation?.kind === "STATE" ? affiliation.name : articleState(index.actors);
    if (!state) continue;
    const bare = actor.name;
    actor.name = `${bare} of ${WITH_ARTICLE.test(state) ? "the " : ""}${state}`;
    // The bare name would join every country's body: it stays out of the aliases.
    actor.aliases = [actor.name, ...actor.aliases.filter((alias) => alias.toLowerCase() !== bare.toLowerCase())];
  }
}

const GOVERNMENT_OF = /^(?:the\s+)?government\s+of\s+(?:the\s+)?(.+)$|^(.+?)\s+government$/i;

/** "Government of Samoa", "Samoan Government": the state itself, one actor with the state's other mentions. */
export function foldStateGovernments(index: ActorIndex): ActorIndex {
  const actors = index.byKey;
  for (const actor of [...actors.values()]) {
    const match = actor.kind === "ORGANIZATION" ? GOVERNMENT_OF.exec(actor.name) : null;
    const named = match && (match[1] ?? match[2])!.toLowerCase();
    const code = named ? (L.states.byName.get(named) ?? L.states.byDemonym.get(named)) : undefined;
    const state = code && L.states.byCode.get(code);
    if (!state) continue;
    const key = `state:${state.code}`;
    actors.delete(actor.key);
    const kept = actors.get(key) ?? { key, name: state.name, kind: "STATE" as const, aliases: [], mentions: [] };
    // A bare "Government" would join every state across articles.
    for (const alias of actor.aliases) if (!kept.aliases.includes(alias) && GOVERNMENT_OF.test(alias)) kept.aliases.push(alias);
    kept.mentions.push(...actor.mentions);
    actors.set(key, kept);
    for (const mention of index.mentions) if (mention.key === actor.key) mention.key = key;
    for (const other of actors.values()) if (other.affiliationKey === actor.key) other.affiliationKey = key;
  }
  return { ...index, actors: [...actors.values()] };
}

/**
 * "Azeri Foreign Ministry", "Russian Ministry of Foreign Affairs": a state's ministry also carries the
 * form "Ministry of Foreign Affairs of Azerbaijan", so every way of naming it meets across articles.
 */
export function nameMinistriesByState(index: ActorIndex): void {
  for (const actor of index.actors) {
    const match = actor.kind === "ORGANIZATION" ? /^(\S+)\s+(?:Ministry of (?:the )?(\p{Lu}[\p{L} ]*)|(\p{Lu}\p{L}*(?: Affairs)?) Ministry)$/u.exec(actor.name) : null;
    const portfolio = match && (match[2] ?? match[3])!.replace(/^Foreign$/, "Foreign Affairs");
    if (!match || !portfolio) continue;
    const affiliation = actor.affiliationKey ? index.byKey.get(actor.affiliationKey) : undefined;
    const named = match[1]!.toLowerCase();
    const code = L.states.byDemonym.get(named) ?? L.states.byName.get(named);
    const state = affiliation?.kind === "STATE" ? affiliation.name : code && L.states.byCode.get(code)?.name;
    if (!state) continue;
    const form = `Ministry of ${portfolio} of ${WITH_ARTICLE.test(state) ? "the " : ""}${state}`;
    if (!actor.aliases.includes(form)) actor.aliases.push(form);
  }
}
