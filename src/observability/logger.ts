// Structured JSON logs (pino), one line per request, each tagged with its request id.
import pino, { type Logger } from "pino";

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "newsgraph" }, timestamp: pino.stdTimeFunctions.isoTime });
}
