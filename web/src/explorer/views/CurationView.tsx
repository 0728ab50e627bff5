// Curation with an EDITOR key (kept in this browser): merge two actors, split
// one, fix a claim's speaker; each shows the audit entry it wrote.
import { useState, type FormEvent, type ReactNode } from "react";
import { useClient, useMutation } from "urql";
import { graphql } from "../../gql";
import { apiKey } from "../client";

const MERGE = graphql(`mutation MergeActors($survivor: ID!, $merged: ID!) { mergeActors(survivorId: $survivor, mergedIds: [$merged]) { id name aliases { surface } } }`);
const SPLIT = graphql(`mutation SplitActor($actor: ID!, $aliases: [String!]!) { splitActor(actorId: $actor, aliases: $aliases) { original { id name } created { id name } } }`);
const SPEAKER = graphql(`mutation SetClaimSpeaker($claim: ID!, $actor: ID) { setClaimSpeaker(claimId: $claim, actorId: $actor) { id speaker { id name } } }`);
const AUDIT = graphql(`query LatestAudit($entity: ID!) { auditLog(filter: { entityId: $entity }, first: 1) { nodes { id action apiKeyName createdAt before after } } }`);

type Entry = { id: string; action: string; apiKeyName?: string | null; createdAt: string; before?: unknown; after?: unknown };

function Form({ title, onSubmit, children }: { title: string; onSubmit(): Promise<void>; children: ReactNode }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <form onSubmit={submit} className="curation-form" aria-label={title}>
      <h2>{title}</h2>
      {children}
      <button type="submit">{title}</button>
    </form>
  );
}

export function CurationView() {
  const client = useClient();
  const [key, setKey] = useState(apiKey.get());
  const [result, setResult] = useState<{ error?: string; entry?: Entry }>({});
  const [, merge] = useMutation(MERGE);
  const [, split] = useMutation(SPLIT);
  const [, setSpeaker] = useMutation(SPEAKER);
  const [fields, setFields] = useState({ survivor: "", merged: "", actor: "", aliases: "", claim: "", speaker: "" });
  const field = (name: keyof typeof fields, label: string) => (
    <label>{label} <input value={fields[name]} onChange={(e) => setFields({ ...fields, [name]: e.target.value.trim() })} /></label>
  );

  /** Runs a mutation, then shows the audit entry it wrote for `entity`. */
  async function run(mutation: Promise<{ error?: { message: string } }>, entity: string) {
    const { error } = await mutation;
    if (error) return setResult({ error: error.message });
    const audit = await client.query(AUDIT, { entity }, { requestPolicy: "network-only" }).toPromise();
    setResult(audit.error ? { error: audit.error.message } : { entry: audit.data?.auditLog?.nodes[0] as Entry | undefined });
  }

  return (
    <div className="curation">
      <section className="settings" aria-label="Settings">
        <h1>Curation</h1>
        <label>EDITOR API key <input type="password" value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" /></label>
        <button type="button" onClick={() => { apiKey.set(key.trim()); setResult({}); }}>Save key in this browser</button>
        <p className="meta">{apiKey.get() ? "A key is saved; it is sent with every request." : "No key saved: curation needs one (npm run keys -- create <name> EDITOR)."}</p>
      </section>
      <div className="columns">
        <Form title="Merge actors" onSubmit={() => run(merge({ survivor: fields.survivor, merged: fields.merged }), fields.survivor)}>
          {field("survivor", "Survivor id")}
          {field("merged", "Merged id")}
        </Form>
        <Form title="Split actor" onSubmit={() => run(split({ actor: fields.actor, aliases: fields.aliases.split(",").map((a) => a.trim()).filter(Boolean) }), fields.actor)}>
          {field("actor", "Actor id")}
          {field("aliases", "Aliases to move (comma-separated)")}
        </Form>
        <Form title="Set claim speaker" onSubmit={() => run(setSpeaker({ claim: fields.claim, actor: fields.speaker || null }), fields.claim)}>
          {field("claim", "Claim id")}
          {field("speaker", "Speaker actor id (empty: unattributed)")}
        </Form>
      </div>
      {result.error && <p className="error" role="alert">{result.error}</p>}
      {result.entry && (
        <section className="audit" aria-label="Audit entry">
          <h2>Audit entry: {result.entry.action}</h2>
          <p className="meta">by {result.entry.apiKeyName ?? "a script"} at {new Date(result.entry.createdAt).toISOString()}</p>
          <div className="side-by-side">
            <pre>{JSON.stringify(result.entry.before, null, 2)}</pre>
            <pre>{JSON.stringify(result.entry.after, null, 2)}</pre>
          </div>
        </section>
      )}
    </div>
  );
}
