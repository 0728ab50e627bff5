// Speakers of claims: the actor a subject noun phrase, a pronoun or an attribution phrase stands for.
import { lexicons } from "../lexicons";
import type { ExtractedActor, ExtractedClaim } from "../types";
import type { ActorIndex, ActorMention } from "./actors";
import { genderOf } from "./names";
import type { Unit } from "./quotations";

const S = lexicons.speech;
export const SPEAKER_KINDS = new Set(["PERSON", "STATE", "ORGANIZATION", "MEDIA", "GROUP"]);
const PRONOUN = /(^|\s)(he|she)$/i;
export const ROLE_HEADS = [...lexicons.roles.heads].sort((a, b) => b.length - a.length);
const ROLE_WORDS = [lexicons.roles.heads, lexicons.roles.modifiers, lexicons.roles.portfolios, lexicons.roles.ranks];

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export interface SpeakerContext {
  body: string;
  unit: Unit;
  actors: ActorIndex;
  claims: ExtractedClaim[];
  /** Positions of speakers described but not named ("the minister said"). */
  unnamedSpeakers: number[];
}

export const actorOf = (actors: ActorIndex, mention: ActorMention | undefined): ExtractedActor | undefined =>
  mention ? actors.byKey.get(mention.key) : undefined;

/** A subject's head before a place or participle modifier: "A source" of "A source in the office of X", "officials" of "officials attending the talks". */
export function subjectHead(subject: string): string {
  return /^(.+?)\s+(?:in|at|from|within|inside|close\s+to|familiar\s+with)\s+\S/i.exec(subject)?.[1] ?? /^(.+?)\s+\p{Ll}+ing\s+\S/u.exec(subject)?.[1] ?? subject;
}

/** The speaker a subject noun phrase (ending at `end` in the body) stands for. */
export function resolveSubject(subject: string, end: number, context: SpeakerContext): string | undefined {
  const { actors } = context;
  const lowerSubject = subject.toLowerCase();
  // An actor named right before the verb: "Novak", "Kremlin spokesperson Dmitry Peskov", "the Foreign Ministry".
  const ending = actors.mentions.filter((m) => m.end === end);
  const named = ending.map((m) => actorOf(actors, m)).find((a) => a && SPEAKER_KINDS.has(a.kind));
  if (named) return named.key;
  // "Estonia and its Baltic allies": the actor the allies stand with.
  const allied = /^(.*\S)\s+and\s+(?:its|their|his|her)\s+[\p{L}\s-]+$/u.exec(subject);
  if (allied) return resolveSubject(allied[1], end - subject.length + allied[1].length, context);
  const pronoun = PRONOUN.exec(lowerSubject);
  if (pronoun && wordCount(subject) <= 3) return lastPerson(end - subject.length, pronoun[2], context);
  // "They said", "The three ministers confirmed", "the statement reads": the voices of the claim just before.
  if (GROUP_SUBJECT.test(lowerSubject)) return lastClaimSpeaker(end - subject.length, context, () => true);
  // "It said": an organisation or a state that spoke just before.
  if (/^it$/.test(lowerSubject)) return lastClaimSpeaker(end - subject.length, context, (kind) => kind !== "PERSON");
  const lastWord = lowerSubject.split(/\s+/).pop() ?? "";
  const start = end - subject.length;
  const inside = actors.mentions.filter((m) => m.start >= start && m.end <= end);
  // "The ministry said", "the commission added": the organisation of that kind named last;
  // "the Norwegian ministry's statement", "the Danish foreign ministry": the one of that country.
  const [, qualifierText = "", body] = /^the\s+((?:\p{L}+\s+){0,2})(\p{L}+)(?:['’]s\s+statement)?$/u.exec(lowerSubject) ?? [];
  if (body && NAMED_BODIES.has(body)) {
    const qualifiers = qualifierText.split(/\s+/).filter(Boolean);
    const stateKey = inside.map((m) => actorOf(actors, m)).find((a) => a?.kind === "STATE")?.key;
    const named = lastNamed(start, context, (actor) => {
      const nameWords = actor.name.toLowerCase().split(/\s+/);
      const ofState = stateKey !== undefined && actor.affiliationKey === stateKey;
      return actor.kind === "ORGANIZATION" && nameWords.includes(body) && qualifiers.every((q) => nameWords.includes(q) || ofState);
    });
    if (named) return named;
  }
  // "Syrian officials", "A statement from the Russian government", "the Anadolu news agency".
  if (S.collectiveHeads.has(lastWord) || S.sourceNouns.has(lastWord)) {
    const named = inside.map((m) => actorOf(actors, m)).filter((a): a is ExtractedActor => Boolean(a && SPEAKER_KINDS.has(a.kind)));
    const rank = ["MEDIA", "ORGANIZATION", "PERSON", "STATE", "GROUP"];
    const best = named.sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind))[0];
    if (best) return best.key;
  }
  // "The spokesman further stated": the body an unnamed spokesman spoke for just before.
  if (/^the\s+spokes(?:man|woman|person)$/.test(lowerSubject)) {
    const body = spokespersonGoingOn(context, "man|woman|person");
    if (body) return body;
  }
  // "the Russian Foreign Ministry's press service": the body it speaks for.
  if (/\bpress\s+(?:service|office|department)$/.test(lowerSubject)) {
    const issuer = inside.map((m) => actorOf(actors, m)).find((a) => a && (a.kind === "ORGANIZATION" || a.kind === "STATE"));
    if (issuer) return issuer.key;
  }
  // "A statement by FIFA read": whoever issued it.
  const issued = /^(?:a|an|the)\s+(?:joint\s+|official\s+)?(?:statement|communiqu[ée]|declaration|report|letter)\s+(?:by|from|of)\s+/.exec(lowerSubject);
  if (issued) {
    const issuer = inside.map((m) => actorOf(actors, m)).find((a) => a && SPEAKER_KINDS.has(a.kind));
    if (issuer) return issuer.key;
  }
  // "The management of the company", "the leadership of the party": the body it runs speaks.
  const runBy = /^the\s+(?:management|leadership|board|executive)\s+of\s+(the\s+.+)$/.exec(lowerSubject);
  if (runBy) return resolveSubject(subject.slice(subject.length - runBy[1]!.length), end, context);
  // "The company said", "the group added": the organisation named last.
  if (/^(the|this)\s+(company|group|firm|bank|carrier|airline|insurer|lender|manufacturer|maker|retailer|club|federation|body|union|party|court|tribunal|organisation|organization)$/.test(lowerSubject)) {
    return lastOfKind(start, "ORGANIZATION", context);
  }
  // "The report said", "the agency added": the outlet named last.
  if (/^(the|this|that)\s/.test(lowerSubject) && S.sourceNouns.has(lowerSubject.replace(/^(the|this|that)\s+/, ""))) {
    return lastOfKind(start, "MEDIA", context);
  }
  // "The top Chinese diplomat": a country's top diplomat is its foreign minister.
  const topDiplomat = /^(.*?)\btop\s+((?:\p{L}+\s+)?)diplomat$/u.exec(lowerSubject);
  if (topDiplomat) {
    const minister = personWithRole(`${topDiplomat[1]}${topDiplomat[2]}foreign minister`, inside, start, context);
    if (minister) return minister;
  }
  // "Syria's foreign minister", "the deputy prime minister".
  const role = ROLE_HEADS.find((head) => lowerSubject.endsWith(head));
  if (role) return personWithRole(lowerSubject, inside, start, context);
  return undefined;
}

/** Bodies a text goes on calling by their head noun alone once it has named them ("the Foreign Ministry" ... "the ministry said"). */
const NAMED_BODIES = new Set(["ministry", "embassy", "presidency", "council", "commission", "court", "agency", "office", "committee", "bank", "parliament", "assembly", "federation", "association", "authority"]);

/** The actor that fits, named last before `position`. */
export function lastNamed(position: number, context: SpeakerContext, fits: (actor: ExtractedActor) => boolean): string | undefined {
  const { actors } = context;
  for (let i = actors.mentions.length - 1; i >= 0; i--) {
    const mention = actors.mentions[i];
    if (mention.end > position) continue;
    const actor = actors.byKey.get(mention.key);
    if (actor && fits(actor)) return actor.key;
  }
  return undefined;
}

/** The actor named at `position` (after "according to" or "by"): outlets and people before states. */
export function speakerAfter(position: number, context: SpeakerContext): string | undefined {
  const { body, actors } = context;
  const phraseEnd = attributionPhraseEnd(body, position);
  const candidates = actors.mentions
    .filter((m) => m.start >= position && m.end <= phraseEnd)
    .map((m) => actorOf(actors, m))
    .filter((a): a is ExtractedActor => Boolean(a && SPEAKER_KINDS.has(a.kind)));
  const rank = ["MEDIA", "PERSON", "ORGANIZATION", "STATE", "GROUP"];
  return candidates.sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind))[0]?.key;
}

/** End of the source phrase after "according to" or "by": the next punctuation mark, at most 80 characters on. */
export function attributionPhraseEnd(body: string, position: number): number {
  return position + (/[,.;:)\n]/.exec(body.slice(position, position + 80))?.index ?? 80);
}

/** "sources familiar with the talks", "diplomatic sources", "analysts": a source left unnamed on purpose. */
export function namesUnnamedSource(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => S.unattributedSubjects.has(word));
}

/** "former German climate envoy", "former Filipino negotiator": determiners, demonyms and lowercase words before a name. */
const DEMONYMS = [...lexicons.states.byDemonym.keys()]
  .sort((a, b) => b.length - a.length)
  .map((d) => `[${d[0]!.toUpperCase()}${d[0]}]${d.slice(1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)
  .join("|");
const TITLE_BEFORE_NAME = new RegExp(`^(?:(?:the|a|an|former|then|top|chief|senior|[\\p{L}-]+(?:ian|ese|ish|i|an)|${DEMONYMS})\\s+)*(?:[\\p{Ll}-]+\\s+){0,3}`, "u");

/** An actor mention starting right at `position` (skipping spaces, and a title before a name: "said former German envoy Jane Roe"). */
export function speakerAtStart(position: number, context: SpeakerContext): string | undefined {
  const { body, actors } = context;
  const skipped = /^\s*/.exec(body.slice(position))?.[0].length ?? 0;
  const title = TITLE_BEFORE_NAME.exec(body.slice(position + skipped, position + skipped + 60))?.[0] ?? "";
  const titled = title && title.toLowerCase().split(/\s+/).some((word) => lexicons.roles.heads.has(word)) ? title.length : 0;
  // "said Assistant Secretary of State Christopher Hill": a capitalised office made only of role words.
  const office = /^(?:[\p{L}-]+\s+){1,6}/u.exec(body.slice(position + skipped, position + skipped + 80))?.[0] ?? "";
  const isOffice = (length: number) => {
    const words = office.slice(0, length).toLowerCase().split(/\s+/).filter(Boolean);
    return words.some((word) => lexicons.roles.heads.has(word)) && words.every((word) => ROLE_WORDS.some((set) => set.has(word)) || word === "of" || word === "the");
  };
  const mention =
    actors.mentions.find((m) => m.start === position + skipped) ??
    actors.mentions.find((m) => titled > 0 && m.start === position + skipped + titled) ??
    actors.mentions.find((m) => m.start > position + skipped && m.start <= position + skipped + office.length && isOffice(m.start - position - skipped) && actorOf(actors, m)?.kind === "PERSON");
  const actor = actorOf(actors, mention);
  return actor && SPEAKER_KINDS.has(actor.kind) ? actor.key : undefined;
}

/** The subject of the unit's main clause, when it is an actor: "Mr Lavrov echoed the sentiment, saying ...". */
export function mainSubject(body: string, unit: Unit, context: SpeakerContext): string | undefined {
  let start = unit.start;
  const text = body.slice(unit.start, unit.end);
  // Skip an opening adverbial: "In late July, ...", "Back in July, ...".
  // "Speaking to reporters on the sidelines of a meeting, ...": an opening participle phrase too.
  const intro = /^(?:[A-Z][a-z]+(?:\s+[\w'’-]+){0,10}),\s+/.exec(text);
  if (intro && /^(In|On|At|During|Back|Following|After|Before|Earlier|Later|Last|Since|Despite|Meanwhile|However|Additionally|Moreover|Also|Today|Yesterday|Regarding|[A-Z][a-z]+ing)\b/.test(intro[0])) {
    start += intro[0].length;
  }
  // The subject noun phrase: titles, names, determiners and role words up to the verb.
  let end = start;
  for (const match of body.slice(start, unit.end).matchAll(/[\p{L}\p{N}'’.-]+/gu)) {
    const word = match[0].replace(/['’]s$/, "");
    const isPart = /^\p{Lu}/u.test(word) || ["the", "a", "an", "of"].includes(word) || lexicons.roles.heads.has(word) || lexicons.roles.modifiers.has(word);
    const wordStart = start + (match.index ?? 0);
    if (!isPart || /[,;:]/.test(body.slice(end, wordStart))) break;
    end = wordStart + match[0].length;
  }
  if (end === start) return undefined;
  const subject = body.slice(start, end).replace(/['’]s$/, "");
  return resolveSubject(subject, start + subject.length, context);
}

/** Plural or collective subjects that stand for the voices just quoted, never for a new one. */
const GROUP_SUBJECT =
  /^(?:they|the\s+(?:(?:two|three|four|five|several|other)\s+)?(?:top\s+|foreign\s+)?(?:sides|parties|participants|countries|states|nations|governments|ministers|diplomats|leaders|delegations|presidents|guarantors|guarantor\s+states)|the\s+(?:joint\s+)?(?:statement|communiqu[ée]|declaration))$/;

/** The speaker of the last claim, when it ended near `position` and its kind fits. */
export function lastClaimSpeaker(position: number, context: SpeakerContext, fits: (kind: string) => boolean): string | undefined {
  const last = context.claims[context.claims.length - 1];
  if (!last?.speakerKey || position - last.end > 1500) return undefined;
  const kind = context.actors.byKey.get(last.speakerKey)?.kind;
  return kind && fits(kind) ? last.speakerKey : undefined;
}

/** he/she: the person who spoke in the last claim when it is close, else the last person named (of a compatible gender). */
function lastPerson(position: number, pronoun: string, context: SpeakerContext): string | undefined {
  const { actors, claims, unit } = context;
  const wanted = pronoun === "she" ? "f" : "m";
  const fits = (key: string) => {
    const actor = actors.byKey.get(key);
    const gender = actor ? genderOf(actor.name) : undefined;
    return actor?.kind === "PERSON" && (!gender || gender === wanted);
  };
  const unnamed = Math.max(-1, ...context.unnamedSpeakers.filter((at) => at < position));
  const lastClaim = claims[claims.length - 1];
  if (lastClaim?.speakerKey && fits(lastClaim.speakerKey) && unit.start - lastClaim.end < 400 && lastClaim.end > unnamed) return lastClaim.speakerKey;
  // "..., a ministry spokesman said. He added ...": the spokesman goes on speaking for the body.
  const spokesBody = spokespersonGoingOn(context, pronoun === "she" ? "woman" : "man");
  if (spokesBody) return spokesBody;
  for (let i = actors.mentions.length - 1; i >= 0; i--) {
    const mention = actors.mentions[i];
    if (mention.end <= unnamed) return undefined;
    if (mention.end <= position && fits(mention.key)) return mention.key;
  }
  return undefined;
}

/** The body an unnamed spokesperson spoke for in the claims just before ("a ministry spokesman said"), while the same body goes on speaking. */
function spokespersonGoingOn(context: SpeakerContext, gender: "man" | "woman" | "man|woman|person"): string | undefined {
  const { claims, actors, unit } = context;
  const key = claims[claims.length - 1]?.speakerKey;
  if (!key || actors.byKey.get(key)?.kind !== "ORGANIZATION") return undefined;
  const spokesperson = new RegExp(`\\bspokes(?:${gender})\\b`, "i");
  let position = unit.start;
  for (let i = claims.length - 1; i >= 0 && claims[i].speakerKey === key && position - claims[i].end < 400; i--) {
    if (spokesperson.test(claims[i].text)) return key;
    position = claims[i].start;
  }
  return undefined;
}

export function lastOfKind(position: number, kind: string, context: SpeakerContext): string | undefined {
  return lastNamed(position, context, (actor) => actor.kind === kind);
}

const HEAD_TITLES = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader)\b/;

/** The person whose described role the subject names, of the state it names when it does. */
function personWithRole(subject: string, inside: ActorMention[], start: number, context: SpeakerContext): string | undefined {
  const { actors } = context;
  const roleWords = subject
    .replace(/^(the|a|an)\s+/, "")
    .split(/\s+/)
    .filter((word) => lexicons.roles.heads.has(word) || lexicons.roles.modifiers.has(word));
  if (roleWords.length === 0) return undefined;
  // "the chief U.S. envoy": the state a name or demonym in the phrase stands for, mentioned or not.
  const named = subject.split(/\s+/).map((word) => word.replace(/['’]s$/, "")).map((word) => lexicons.states.byName.get(word) ?? lexicons.states.byDemonym.get(word));
  const stateCode = named.find(Boolean);
  const stateKey = inside.map((m) => actors.byKey.get(m.key)).find((a) => a?.kind === "STATE")?.key ?? (stateCode ? `state:${stateCode}` : undefined);
  const roleText = roleWords.join(" ");
  // "the Russian leader": the state's head of state or government, whatever the title.
  const holds = (description: string) => description.includes(roleText) || (roleText === "leader" && HEAD_TITLES.test(description));
  const people = actors.actors.filter(
    (a) => a.kind === "PERSON" && a.description && holds(a.description.toLowerCase()) && (!stateKey || !a.affiliationKey || a.affiliationKey === stateKey),
  );
  if (people.length === 0) return undefined;
  // "The minister said": the one who has been speaking, and a minister rather than the prime minister.
  const lastSpeaker = context.claims.at(-1)?.speakerKey;
  if (lastSpeaker && start - context.claims.at(-1)!.end < 600 && people.some((a) => a.key === lastSpeaker)) return lastSpeaker;
  const premier = (a: ExtractedActor) => roleText === "minister" && /\b(?:prime minister|premier)\b/i.test(a.description ?? "");
  const lastBefore = (a: ExtractedActor) => Math.max(-1, ...a.mentions.filter((m) => m.start < start).map((m) => m.start));
  return people.sort((a, b) => Number(premier(a)) - Number(premier(b)) || lastBefore(b) - lastBefore(a))[0].key;
}
