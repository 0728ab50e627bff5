// Actor and alias fields, and the actor root fields. No SQL here.
import type { Resolvers } from "../../generated/graphql";
import { normalizeName } from "../../text/normalize";
import { badUserInput, orNotFound } from "../errors";
import { rowIdOf, toGlobalId } from "../ids";

export const actorResolvers: Resolvers = {
  Query: {
    actors: (_, { filter, orderBy, ...page }, { loaders }, info) => loaders.actors(filter, orderBy, page, info),
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
  },

  Actor: {
    id: (actor) => toGlobalId("Actor", actor.id),
    affiliation: (actor, _, { loaders }) => (actor.affiliationId === null ? null : loaders.actorById.load(actor.affiliationId)),
    aliases: (actor, _, { loaders }) => loaders.aliasesByActor.load(actor.id),
    articles: (actor, page, { loaders }, info) => loaders.articlesByActor(page, info).load(actor.id),
    events: (actor, page, { loaders }, info) => loaders.eventsByActor(page, info).load(actor.id),
    claims: (actor, page, { loaders }, info) => loaders.claimsBySpeaker(page, info).load(actor.id),
    coActors: (actor, page, { loaders }, info) => loaders.coActorsByActor(page, info).load(actor.id),
  },

  ActorAlias: {
    actor: (alias, _, { loaders }) => orNotFound(loaders.actorById.load(alias.actorId), `Actor ${alias.actorId}`),
  },
};
