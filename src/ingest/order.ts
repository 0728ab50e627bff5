// Where an article stands in a total order of articles that does not depend
// on when it was ingested: published first, then by content hash. Where
// articles disagree on a value that keeps one (an actor's description, an
// event's title), the first in this order gives it.
export function articleOrderKey(publishedAt: Date | null, contentHash: string): string {
  return `${publishedAt ? publishedAt.toISOString() : "9999-12-31T23:59:59.999Z"} ${contentHash}`;
}
