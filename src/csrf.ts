// Cross-site request forgery, decided before Apollo sees the request.
// A browser sends a cross-site request without a CORS preflight only when it is
// "simple": GET, or POST with a form or text/plain body. Such a POST could make
// a victim's browser run a mutation, so a POST must carry a JSON content type or
// one of the preflight headers. A GET is let through: it can only run a query
// (Apollo answers 405 to a mutation over GET) and our keys travel in an
// Authorization header, which a browser never attaches to a cross-site request
// on its own. So `curl '/graphql?query={__typename}'` and urql's GET queries work.
import type { IncomingMessage } from "node:http";

/** Either header makes any POST acceptable: a browser sends neither cross-site without a preflight the CORS policy answers. */
const PREFLIGHT_HEADERS = ["apollo-require-preflight", "x-apollo-operation-name", "graphql-preflight"];

const SIMPLE_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

/** Null when the request may go on, else why it was refused. */
export function csrfRefusal(req: IncomingMessage): string | null {
  if (req.method !== "POST") return null;
  if (PREFLIGHT_HEADERS.some((header) => req.headers[header])) return null;
  const contentType = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (contentType && !SIMPLE_CONTENT_TYPES.includes(contentType)) return null;
  return `This POST was refused as a potential cross-site request forgery: send it with "content-type: application/json", or with a non-empty "apollo-require-preflight" header.`;
}
