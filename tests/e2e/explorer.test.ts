// The explorer in a real browser: Debian's Chromium driven by playwright-core,
// against the API server on a real Postgres holding the demo corpus. Each view
// is opened as a user would, and screenshotted into web/screenshots/.
// (Page functions are passed as strings: this file compiles without the DOM's types.)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApiKey } from "../../src/auth/keys";
import { loadDemoCorpusIfEmpty } from "../../src/demo";
import { useTestDatabase } from "../support/database";
import { startTestServer, type TestServer } from "../hardening/server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const root = path.resolve(__dirname, "../..");
const SCREENSHOTS = path.join(root, "web/screenshots");
const BROWSER_TEST_MS = 120_000;

const db = useTestDatabase();
let server: TestServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH`);
  if (!fs.existsSync(path.join(root, "web/dist/index.html"))) throw new Error("the explorer is not built: npm run web:build");
  await loadDemoCorpusIfEmpty(db().prisma);
  server = await startTestServer(db().url);
  // Flags from this machine's notes: without the background-networking ones Chromium keeps dialling out.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
}, BROWSER_TEST_MS);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const open = (url: string) => page.goto(`${server.base}${url}`);
const screenshot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
const DAMASCUS_EVENT = "Alexander Novak meets Asaad Al Shibani in Damascus";

test("the timeline lists events by date, and filtering by an actor keeps theirs", async () => {
  await open("/");
  await page.getByRole("link", { name: DAMASCUS_EVENT }).waitFor();
  expect(await page.locator(".event-row").count()).toBeGreaterThan(3);
  await screenshot("timeline");
  await page.getByLabel("Actor").fill("Mikhail Bogdanov");
  await page.getByRole("button", { name: "Clear the actor filter" }).waitFor();
  await page.waitForFunction(`document.querySelectorAll(".event-row").length === 1`);
  expect(await page.locator(".event-row").innerText()).toMatch(/Bogdanov visits Damascus/);
  // The filter is in the URL: a reload keeps it.
  expect(page.url()).toMatch(/actor=/);
  await page.reload();
  await page.waitForFunction(`document.querySelectorAll(".event-row").length === 1`);
}, BROWSER_TEST_MS);

test("the 9 September 2025 Damascus event shows who said what and its place discrepancy with both values", async () => {
  await open("/");
  await page.getByRole("link", { name: DAMASCUS_EVENT }).click();
  const discrepancy = page.locator('.discrepancy[data-field="PLACE"]');
  await discrepancy.waitFor();
  const values = await discrepancy.locator(".value strong").allInnerTexts();
  expect(values).toEqual(expect.arrayContaining(["People’s Palace, Damascus", "Tishreen Palace, Damascus"]));
  expect(await page.locator(".claims li .speaker", { hasText: "Alexander Novak" }).count()).toBeGreaterThan(0);
  await screenshot("event");
}, BROWSER_TEST_MS);

test("an actor shows aliases, claims, events and the network of co-actors; a neighbour opens", async () => {
  await open("/");
  await page.getByRole("link", { name: DAMASCUS_EVENT }).click();
  await page.locator("section[aria-labelledby=participants]").getByRole("link", { name: "Ahmad al-Sharaa" }).click();
  await page.getByRole("heading", { name: /Ahmad al-Sharaa/ }).waitFor();
  // cytoscape draws on canvases inside the network's container.
  await page.locator(".network canvas").first().waitFor();
  expect(await page.locator(".aliases .tag").count()).toBeGreaterThan(1);
  await screenshot("actor");
  await page.locator(".neighbours").getByRole("link", { name: "Russia" }).click();
  await page.getByRole("heading", { name: /^Russia/ }).waitFor();
}, BROWSER_TEST_MS);

test("an article highlights each claim at its offsets with its speaker; the raw page is one toggle away", async () => {
  await open("/");
  await page.getByRole("link", { name: DAMASCUS_EVENT }).click();
  await page.locator("section[aria-labelledby=reports] a").first().click();
  const claim = page.locator("mark.claim").first();
  await claim.waitFor();
  expect(await page.locator("mark.claim .said-by", { hasText: /\w/ }).count()).toBeGreaterThan(0);
  await screenshot("article");
  await page.getByLabel(/Show the page as received/).check();
  await page.locator("pre.raw").waitFor();
}, BROWSER_TEST_MS);

test("search finds articles, claims, actors and events, and results link to their views", async () => {
  await open("/search");
  await page.getByRole("searchbox").fill("Novak");
  await page.getByRole("button", { name: "Search" }).click();
  await page.locator(".results li").first().waitFor();
  const kinds = await page.locator(".results .tag").allInnerTexts();
  expect(kinds).toEqual(expect.arrayContaining(["actor", "event"]));
  expect(await page.locator(".results b", { hasText: "Novak" }).count()).toBeGreaterThan(0);
  await screenshot("search");
  await page.locator(".results li", { hasText: "actor" }).getByRole("link").first().click();
  await page.getByRole("heading", { name: /Alexander Novak/ }).waitFor();
}, BROWSER_TEST_MS);

test("curation with an EDITOR key fixes a claim's speaker and shows the audit entry", async () => {
  const { secret } = await createApiKey(db().prisma, "explorer test", "EDITOR");
  const { body } = await server.gql(`{ claims(first: 1) { nodes { id } } actor(name: "Vladimir Putin") { id } }`);
  await open("/curation");
  await page.getByLabel("EDITOR API key").fill(secret);
  await page.getByRole("button", { name: "Save key in this browser" }).click();
  const form = page.getByRole("form", { name: "Set claim speaker" });
  await form.getByLabel("Claim id").fill(body.data.claims.nodes[0].id);
  await form.getByLabel(/Speaker actor id/).fill(body.data.actor.id);
  await form.getByRole("button", { name: "Set claim speaker" }).click();
  await page.getByRole("heading", { name: "Audit entry: setClaimSpeaker" }).waitFor();
  expect(await page.locator(".audit .meta").innerText()).toMatch(/by explorer test/);
  await screenshot("curation");
}, BROWSER_TEST_MS);

test("at a phone's width the event view fits the screen", async () => {
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  try {
    await phone.goto(`${server.base}/`);
    await phone.getByRole("link", { name: DAMASCUS_EVENT }).click();
    await phone.locator(".discrepancy").waitFor();
    expect(await phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    await phone.screenshot({ path: path.join(SCREENSHOTS, "event-phone.png"), fullPage: true });
  } finally {
    await phone.close();
  }
}, BROWSER_TEST_MS);

/** `npm run ingest` of one article in a child process: a writer other than the server the browser talks to. */
async function ingestWithCli(title: string, text: string, publishedAt: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-e2e-"));
  fs.writeFileSync(path.join(dir, "live.txt"), `${title}\n\n${text}`);
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ articles: [{ file: "live.txt", source: "E2E Wire", publishedAt }] }));
  const exit = await new Promise<number>((resolve) => {
    spawn(process.execPath, ["--import", "tsx", path.join(root, "src/cli/ingest.ts"), dir], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db().url, NODE_OPTIONS: "" },
      stdio: "ignore",
    }).on("exit", (code) => resolve(code ?? 1));
  });
  expect(exit).toBe(0);
}

test("an open event view takes in a new report of the event without a reload", async () => {
  await open("/");
  await page.getByRole("link", { name: DAMASCUS_EVENT }).click();
  const reports = page.locator("section[aria-labelledby=reports] li");
  await reports.first().waitFor();
  const before = await reports.count();
  await page.waitForTimeout(500);
  await ingestWithCli(
    "Novak and Sharaa discuss energy in Damascus",
    "DAMASCUS — Syrian President Ahmad al-Sharaa received Russian Deputy Prime Minister Alexander Novak at Tishreen Palace in Damascus on 9 September 2025. Novak said Russia would help restore power plants.",
    "2025-09-09T15:00:00Z",
  );
  await page.waitForFunction(`document.querySelectorAll("section[aria-labelledby=reports] li").length > ${before}`, undefined, { timeout: 5000 });
}, BROWSER_TEST_MS);

test("an article ingested by the CLI in another process appears on the open timeline within 2 s", async () => {
  await open("/");
  await page.getByRole("link", { name: DAMASCUS_EVENT }).waitFor();
  // The subscription is open once the socket has said hello; give it a moment.
  await page.waitForTimeout(500);
  const title = "Lavrov receives Shaibani in Moscow";
  await ingestWithCli(
    title,
    "MOSCOW — Russian Foreign Minister Sergey Lavrov met Syrian Foreign Minister Asaad al-Shaibani in Moscow on 2 December 2025. Lavrov said the talks were useful.",
    "2025-12-02T09:00:00Z",
  );
  // Both the article (Just in) and the event it reports (the list) arrive without a reload.
  await page.locator(".just-in").getByRole("link", { name: title }).waitFor({ timeout: 2000 });
  await page.locator(".event-row", { hasText: "Lavrov" }).waitFor({ timeout: 2000 });
  await screenshot("timeline-live");
}, BROWSER_TEST_MS);

test("no view wrote an error to the browser console", () => {
  expect(consoleErrors).toEqual([]);
});
