// The headline's speaker: "Lavrov: Russia is an active partner" or "... not
// govt spokesman: Fawad" names the person speaking, often only there. The
// headline is not part of the body, so the actor carries no body mention.
import { normalizeName } from "../../../text/normalize";
import type { ExtractedActor } from "../../types";
import { isCommonWord, isKnownPlace } from "../names";
import { type ActorIndex, L, MONTHS_AND_DAYS } from "./candidates";

const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** The one name word a "Name: ..." or "...: [Title] Name" headline gives its speaker, if any. */
export function headlineSpeaker(title: string | null | undefined): string | undefined {
  const text = title?.trim() ?? "";
  const [first, last] = [text.indexOf(":"), text.lastIndexOf(":")];
  if (first <= 0 || last >= text.length - 1) return undefined;
  return speakerWord(text.slice(0, first)) ?? speakerWord(text.slice(last + 1));
}

function speakerWord(part: string): string | undefined {
  const words = part.trim().split(/\s+/);
  // "FM Qureshi", "Minister": role words and abbreviations of them go.
  const name = words.filter((word) => !L.roles.heads.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word));
  if (name.length !== 1 || words.length > 3) return undefined;
  const word = name[0]!;
  const lower = word.toLowerCase();
  if (!NAME_WORD.test(word) || isCommonWord(word) || isKnownPlace(word) || MONTHS_AND_DAYS.has(lower)) return undefined;
  if (L.states.byName.has(lower) || L.states.byDemonym.has(lower) || L.states.capitals.has(lower) || L.organisations.heads.has(word)) return undefined;
  return word;
}

/** Adds the headline's speaker as a person unless the body already names an actor so. */
export function addHeadlineSpeaker(index: ActorIndex, title: string | null | undefined): void {
  const name = headlineSpeaker(title);
  if (!name) return;
  const key = normalizeName(name);
  const named = (actor: ExtractedActor) => actor.aliases.some((alias) => normalizeName(alias).split(" ").includes(key));
  if (index.actors.some(named)) return;
  const actor: ExtractedActor = { key: `person:headline:${key}`, name, kind: "PERSON", aliases: [name], mentions: [] };
  index.actors.push(actor);
  index.byKey.set(actor.key, actor);
}
