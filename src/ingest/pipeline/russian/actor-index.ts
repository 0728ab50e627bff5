// Mentions read from Russian text to actors of the article: one actor per
// key (state code, English or stemmed body name, outlet), people clustered and
// named, affiliations pointing at actors of the article.
import type { ActorKind } from "../../../generated/prisma/enums";
import { lexicons } from "../../lexicons";
import type { ExtractedActor } from "../../types";
import type { ActorIndex, ActorMention } from "../actors";
import { stems } from "./morphology";
import { clusterPeople, personName, type PersonCandidate } from "./people";
import { stateName } from "./states";
import { transliterate } from "./transliterate";

/** One mention of a state, body, outlet or place as read from the text. */
export interface Candidate {
  kind: ActorKind;
  start: number;
  end: number;
  surface: string;
  /** Identity within the article: "state:RUS", "organization:russian foreign ministri". */
  key: string;
  /** English name when known ("Russia", "Russian Foreign Ministry"), else the transliteration. */
  name: string;
  affiliationCode?: string;
}

/** "Foreign Ministry" with no state: the ministry of that portfolio named earlier in the article, if any. */
function ministryNamedBefore(candidate: Candidate, actors: Map<string, ExtractedActor>): ExtractedActor | undefined {
  if (candidate.kind !== "ORGANIZATION" || candidate.affiliationCode || !/^\w+ Ministry$/.test(candidate.name)) return undefined;
  return [...actors.values()].find((actor) => actor.kind === "ORGANIZATION" && actor.affiliationKey && actor.name.endsWith(` ${candidate.name}`));
}

export function buildActorIndex(candidates: Candidate[], people: PersonCandidate[]): ActorIndex {
  const actors = new Map<string, ExtractedActor>();
  const mentions: ActorMention[] = [];
  const add = (key: string, name: string, kind: ActorKind) => {
    let actor = actors.get(key);
    if (!actor) {
      actor = { key, name, kind, aliases: [name], mentions: [] };
      actors.set(key, actor);
    }
    return actor;
  };
  const mention = (actor: ExtractedActor, span: { start: number; end: number; surface: string }) => {
    if (!actor.aliases.includes(span.surface)) actor.aliases.push(span.surface);
    if (actor.mentions.some((m) => m.start === span.start)) return;
    actor.mentions.push({ start: span.start, end: span.end });
    mentions.push({ key: actor.key, start: span.start, end: span.end });
  };

  for (const candidate of [...candidates].sort((a, b) => a.start - b.start)) {
    const actor = ministryNamedBefore(candidate, actors) ?? add(candidate.key, candidate.name, candidate.kind);
    // A body with no English name is named by its shortest form seen, most often the nominative.
    if (candidate.name === transliterate(candidate.surface) && candidate.name.length < actor.name.length) {
      actor.aliases = actor.aliases.filter((alias) => alias !== actor.name);
      actor.name = candidate.name;
      actor.aliases.unshift(candidate.name);
    }
    mention(actor, candidate);
    // "RIA Novosti" is "RIA" too: an outlet named by an acronym and a word answers to the acronym.
    // "European Union" is "EU" wherever the English lexicons know that acronym.
    const initials = actor.name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join("");
    const acronym =
      /^(\p{Lu}{2,})\s+\p{L}+$/u.exec(actor.kind === "MEDIA" ? actor.name : "")?.[1] ??
      (actor.kind === "ORGANIZATION" && initials.length >= 2 && lexicons.organisations.acronyms.has(initials) ? initials : undefined);
    if (acronym && !actor.aliases.includes(acronym)) actor.aliases.push(acronym);
    if (candidate.affiliationCode && candidate.kind !== "STATE") actor.affiliationKey ??= `state:${candidate.affiliationCode}`;
  }

  const { clusters, unattached } = clusterPeople(people);
  for (const cluster of clusters) {
    const { name, latinAliases, nominative } = personName(cluster);
    const actor = add(cluster.key, name, "PERSON");
    actor.aliases = [...new Set([...latinAliases, nominative, ...cluster.aliases])];
    actor.mentions = cluster.mentions.map(({ start, end }) => ({ start, end }));
    mentions.push(...cluster.mentions.map(({ start, end }) => ({ key: cluster.key, start, end })));
    if (cluster.description) actor.description = cluster.description;
    if (cluster.affiliationCode) actor.affiliationKey = `state:${cluster.affiliationCode}`;
  }
  for (const candidate of unattached) {
    if (!candidate.afterPlacePreposition) continue;
    const actor = add(`place:${stems(candidate.surface).join(" ")}`, transliterate(candidate.surface), "PLACE");
    mention(actor, candidate);
  }

  // Affiliations must point at actors of this article.
  for (const actor of [...actors.values()]) {
    if (actor.affiliationKey && !actors.has(actor.affiliationKey)) add(actor.affiliationKey, stateName(actor.affiliationKey.slice("state:".length)), "STATE");
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { actors: [...actors.values()], byKey: actors, mentions };
}
