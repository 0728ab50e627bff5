// Actor and alias fields, and the actor root fields. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import { normalizeName } from "../../text/normalize";
import { badUserInput, orNotFound } from "../errors";
import { globalIdField, rowIdOf, toGlobalId } from "../ids";
import type { CoActorRow } from "../models";
import { coActorsByActor, MAX_SUGGESTIONS } from "./loaders";
import { articlesByActor } from "../article/loaders";
import { claimsBySpeaker } from "../claim/loaders";
import { eventsByActor } from "../event/loaders";
import { connectionField, embeddedField, readingColumns } from "../plan";

export const actorResolvers: Resolvers = {
  Query: {
    actors: (_, args, { loaders }, info) => loaders.actors(args, info),
    actorById: (_, { id }, { loaders }) => orNotFound(loaders.actorById.load(rowIdOf(id, "Actor")), `Actor ${id}`),
    /**
     * Any alias, spelled with or without diacritics, hyphens or particles ("al-", "Al ");
     * failing that, the most similar alias (another transliteration: "Ahmed" for "Ahmad").
     */
    actor: async (_, { name }, { loaders }) => {
      const key = normalizeName(name);
      if (!key) throw badUserInput("name must contain letters");
      return (await loaders.actorByAlias.load(key)) ?? loaders.actorBySimilarAlias.load(key);
    },
    actorSuggestions: (_, { prefix, first }, { loaders }) => {
      const size = first ?? 10;
      if (!Number.isInteger(size) || size < 0 || size > MAX_SUGGESTIONS) throw badUserInput(`first must be between 0 and ${MAX_SUGGESTIONS} (got ${size})`);
      const key = normalizeName(prefix);
      return key ? loaders.actorsByPrefix(key, size) : [];
    },
  },

  Actor: {
    id: globalIdField("Actor"),
    affiliation: readingColumns(["affiliationId"], (actor, _, { loaders }) => (actor.affiliationId === null ? null : loaders.actorById.load(actor.affiliationId))),
    aliases: readingColumns(["id"], (actor, _, { loaders }) => loaders.aliasesByActor.load(actor.id)),
    articles: connectionField(articlesByActor),
    events: connectionField(eventsByActor),
    claims: connectionField(claimsBySpeaker),
    coActors: connectionField(coActorsByActor),
  },

  CoActor: {
    id: readingColumns(["ofActorId", "id"], (coActor: CoActorRow) => toGlobalId("CoActor", coActor.ofActorId, coActor.actor.id)),
    actor: embeddedField("actor"),
  },

  ActorAlias: {
    actor: (alias, _, { loaders }) => orNotFound(loaders.actorById.load(alias.actorId), `Actor ${alias.actorId}`),
  },
};
