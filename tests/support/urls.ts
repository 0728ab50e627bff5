/** Environment variables through which global setup hands the test server to the test files. */
export const TEST_RUN_ENV = { serverUrl: "NEWSGRAPH_TEST_SERVER_URL", template: "NEWSGRAPH_TEST_TEMPLATE" } as const;

/** The same server URL pointing at another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
