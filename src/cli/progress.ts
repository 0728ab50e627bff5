// Progress of a long run on stderr: count, rate and time left. Redraws one
// line on a terminal; prints a line every few seconds otherwise (logs, CI).
const REDRAW_MS = 250;
const LOG_EVERY_MS = 5_000;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`
    : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    const finished = done === total;
    if (!finished && now - last < (stream.isTTY ? REDRAW_MS : LOG_EVERY_MS)) return;
    last = now;
    const elapsed = (now - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const line = `${label} ${done}/${total}  ${rate.toFixed(1)}/s  ${finished ? `done in ${duration(elapsed)}` : `ETA ${duration((total - done) / rate)}`}`;
    if (stream.isTTY) stream.write(`\r${line}\x1b[K${finished ? "\n" : ""}`);
    else stream.write(`${line}\n`);
  };
}
