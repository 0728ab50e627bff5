// An actor filter with autocomplete (actorSuggestions, served by the trigram index).
import { useEffect, useId, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";

const SUGGESTIONS = graphql(`
  query ActorSuggestions($prefix: String!) { actorSuggestions(prefix: $prefix, first: 8) { id name kind } }
`);

const CHOSEN = graphql(`
  query ChosenActor($id: ID!) { actorById(id: $id) { id name } }
`);

export function ActorPicker({ value, onChange }: { value: string; onChange(id: string): void }) {
  const [text, setText] = useState("");
  const listId = useId();
  const [suggestions] = useQuery({ query: SUGGESTIONS, variables: { prefix: text }, pause: text.trim().length < 2 });
  const [chosen] = useQuery({ query: CHOSEN, variables: { id: value }, pause: !value });
  const options = suggestions.data?.actorSuggestions ?? [];
  // A name typed or chosen from the list in full picks that actor, once its suggestion has arrived.
  useEffect(() => {
    const actor = options.find((option) => option.name.toLowerCase() === text.trim().toLowerCase());
    if (actor) {
      onChange(actor.id);
      setText("");
    }
  }, [options, text, onChange]);
  return (
    <label>Actor
      {value ? (
        <span className="chosen">
          {chosen.data?.actorById?.name ?? "…"}
          <button type="button" aria-label="Clear the actor filter" onClick={() => onChange("")}>×</button>
        </span>
      ) : (
        <>
          <input list={listId} value={text} placeholder="name…" onChange={(e) => setText(e.target.value)} />
          <datalist id={listId}>{options.map((actor) => <option key={actor.id} value={actor.name}>{actor.kind.toLowerCase()}</option>)}</datalist>
        </>
      )}
    </label>
  );
}
