// The newsroom scenario seeded into a test database before a file's tests, with a client for it.
import { useTestDatabase } from "../support/database";
import { graphqlClient } from "./client";
import { seedNewsroom, type Newsroom } from "./scenarios";

export function useNewsroom() {
  const db = useTestDatabase();
  const query = graphqlClient(db);
  let seeded: Newsroom | undefined;
  beforeAll(async () => {
    seeded = await seedNewsroom(db().prisma);
  });
  /** The rows the scenario made: tests refer to `newsroom().actors.minister.id`, never to guessed ids. */
  const newsroom = () => {
    if (!seeded) throw new Error("useNewsroom(): the scenario is seeded only inside tests");
    return seeded;
  };
  return { db, query, newsroom };
}
