// The co-occurrence network around one actor, drawn by cytoscape.js; a click on a
// neighbour opens its own view. The list below it keeps the same links reachable by keyboard.
import cytoscape from "cytoscape";
import { useEffect, useRef } from "react";
import { Link, useNavigate } from "react-router";

interface Neighbour {
  sharedEvents: number;
  actor: { id: string; name: string; kind: string };
}

export function CoActorNetwork({ center, coActors }: { center: { id: string; name: string }; coActors: Neighbour[] }) {
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  useEffect(() => {
    if (!container.current) return;
    const graph = cytoscape({
      container: container.current,
      elements: [
        { data: { id: center.id, label: center.name, center: 1 } },
        ...coActors.map(({ actor, sharedEvents }) => ({ data: { id: actor.id, label: actor.name, kind: actor.kind } , classes: actor.kind.toLowerCase(), weight: sharedEvents })),
        ...coActors.map(({ actor, sharedEvents }) => ({ data: { id: `${center.id}-${actor.id}`, source: center.id, target: actor.id, weight: sharedEvents } })),
      ],
      layout: { name: "concentric", concentric: (node) => (node.data("center") ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 90, animate: false },
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 9, "background-color": "#6b8fb5", width: 18, height: 18, "text-valign": "bottom", "text-margin-y": 4 } },
        { selector: "node[center]", style: { "background-color": "#c0392b", width: 28, height: 28, "font-weight": "bold" } },
        { selector: "edge", style: { width: "mapData(weight, 1, 5, 1, 6)", "line-color": "#b8c4d0" } },
      ],
      userZoomingEnabled: false,
    });
    graph.on("tap", "node", (event) => {
      const id = event.target.id();
      if (id !== center.id) navigate(`/actors/${encodeURIComponent(id)}`);
    });
    return () => graph.destroy();
  }, [center.id, center.name, coActors, navigate]);
  return (
    <>
      <div ref={container} className="network" role="img" aria-label={`Network of the actors ${center.name} appears with`} />
      <ul className="neighbours">{coActors.map(({ actor, sharedEvents }) => (
        <li key={actor.id}><Link to={`/actors/${encodeURIComponent(actor.id)}`}>{actor.name}</Link> <small>{sharedEvents} shared event{sharedEvents === 1 ? "" : "s"}</small></li>
      ))}</ul>
    </>
  );
}
