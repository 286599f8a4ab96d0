/**
 * The whole Twilio API: all of Twilio's OpenAPI documents in ../shared/vendor/twilio-oai are
 * imported and generated, one package each, in one process (`generate-all.ts`), into a temporary
 * folder that is deleted afterwards; then every package, client and local server, is type-checked
 * strictly in one TypeScript program. Every operation of every document must come out.
 * Then every package runs: its top-level lists, through its client, against its own local server,
 * and every official 2xx JSON response example of the documents is decoded by its operation's
 * function (`official-examples.ts`). prettier, the format's definition, changes none of its files.
 * The slowest test of the suite (about a minute on two cores); it prints its figures.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, sharedPresent, TWILIO_OAI } from "../helpers/paths.ts";
import type { WholeApiRun } from "./generate-all.ts";
import { typecheckAll } from "./typecheck-all.ts";
import { compareWithTwilioNode } from "./twilio-node/compare.ts";
import { irOf, readSample, sampleTargets } from "./twilio-node/targets.ts";
import { argumentsFor, clientParams } from "./twilio-node/values.ts";
import { startPrism } from "../helpers/prism.ts";
import type { DecodeRun } from "./decode-examples.ts";
import type { PrettierCheck } from "./prettier-check.ts";
import { exampleKey, knownDocumentErrors } from "./official-examples.ts";

const present = sharedPresent(TWILIO_OAI, "the whole-API test");

// Under the repository rather than the system's temporary folder: writing 13,000 files there is
// several times faster on this machine's /tmp.
// Runs that were killed leave their folder; one over an hour old goes now.
const TMP = join(ROOT, "test/.tmp");
mkdirSync(TMP, { recursive: true });
for (const name of readdirSync(TMP).filter((n) => n.startsWith("whole-api-"))) {
  if (statSync(join(TMP, name)).mtimeMs < Date.now() - 3_600_000)
    rmSync(join(TMP, name), { recursive: true, force: true });
}
const out = mkdtempSync(join(TMP, "whole-api-"));
const ACCOUNT = "AC0123456789abcdef0123456789abcdef";
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Operations in a document, counted from its paths (independently of the importer). */
function operationsIn(file: string): number {
  const doc = parse(readFileSync(file, "utf8"), { maxAliasCount: -1 }) as { paths?: Record<string, object> };
  const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
  return Object.values(doc.paths ?? {}).reduce((n, item) => n + methods.filter((m) => m in item).length, 0);
}

/** Runs a script of this folder over the documents and the packages (`<script> <documents> <out>`): its JSON line. */
function runScript<T>(script: string): T {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "test/scale", script), TWILIO_OAI, out],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 << 20,
    },
  );
  expect(r.stderr, `${script} wrote to stderr`).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe.skipIf(!present)("the whole Twilio API", () => {
  let run: WholeApiRun;

  it("imports and generates every document, every operation of each", { timeout: 900_000 }, () => {
    run = runScript<WholeApiRun>("generate-all.ts");
    const yaml = readdirSync(TWILIO_OAI).filter((n) => n.endsWith(".yaml"));
    expect(run.documents.map((d) => `${d.document}.yaml`).sort()).toEqual(yaml.sort());
    for (const doc of run.documents) {
      const expected = operationsIn(join(TWILIO_OAI, `${doc.document}.yaml`));
      expect(doc.operations, doc.document).toBe(expected);
      expect(doc.skipped, doc.document).toBe(expected === 0 ? "no operations" : null);
    }
    const sum = (key: "operations" | "resources" | "files") => run.documents.reduce((n, d) => n + d[key], 0);
    console.log(
      `whole Twilio API: ${run.documents.length} documents, ${sum("resources")} resources, ` +
        `${sum("operations")} operations, ${sum("files")} files generated in ${run.wallSeconds.toFixed(1)} s ` +
        `(CPU ${run.cpuSeconds.toFixed(1)} s, peak RSS ${run.peakRssMiB.toFixed(0)} MiB)`,
    );
  });

  it(
    "is prettier's format: prettier changes no generated TypeScript or Markdown file",
    { timeout: 900_000 },
    () => {
      expect(run, "the generation test ran first").toBeDefined();
      const checked = runScript<PrettierCheck>("prettier-check.ts");
      expect(checked.typescript).toBeGreaterThan(3000);
      expect(checked.markdown).toBeGreaterThan(500);
      expect(checked.changed).toEqual([]);
      console.log(
        `whole Twilio API: prettier leaves all ${checked.files} TypeScript and Markdown files unchanged ` +
          `(${checked.typescript} + ${checked.markdown} distinct)`,
      );
    },
  );

  it("type-checks strictly, every client and every local server", { timeout: 900_000 }, () => {
    expect(run, "the generation test ran first").toBeDefined();
    const checked = typecheckAll(out);
    expect(checked.output).toBe("");
    expect(checked.status).toBe(0);
    console.log(`whole Twilio API: tsc over every package in ${checked.seconds.toFixed(1)} s`);
  });

  it(
    "runs every package: each top-level list, through the client, against the package's own local server",
    { timeout: 900_000 },
    () => {
      expect(run, "the generation test ran first").toBeDefined();
      const r = spawnSync(process.execPath, [join(ROOT, "test/scale/run-all.mjs"), out], {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 64 << 20,
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const results = JSON.parse(r.stdout) as {
        package: string;
        called: string[];
        paged: string[];
        failed: string[];
      }[];
      expect(results.length).toBe(run.documents.filter((d) => d.skipped === null).length);
      expect(results.flatMap((p) => p.failed)).toEqual([]);
      const called = results.reduce((n, p) => n + p.called.length, 0);
      const paged = results.reduce((n, p) => n + p.paged.length, 0);
      // The rest were refused before any request (a required filter missing), as their rules say.
      expect(paged).toBeGreaterThan(called * 0.9);
      console.log(
        `whole Twilio API: ${paged} of ${called} top-level lists answered a page from their local server`,
      );
    },
  );

  it(
    "decodes every official 2xx JSON response example of the documents through the generated clients",
    { timeout: 600_000 },
    () => {
      expect(run, "the generation test ran first").toBeDefined();
      const decoded = runScript<DecodeRun>("decode-examples.ts").documents;
      // The examples are counted from each document alone, whatever the importer kept; each has its outcome.
      expect(decoded.map((d) => d.document)).toEqual(run.documents.map((d) => d.document));
      for (const d of decoded) {
        expect(d.outcomes.length, d.document).toBe(d.examples);
        if (d.examples > 0) expect(run.documents.find((r) => r.document === d.document)!.skipped).toBeNull();
      }
      const outcomes = decoded.flatMap((d) => d.outcomes);
      // Every example decodes whole, but those that contradict their own document, which fail
      // exactly as official-examples.yaml says.
      const known = knownDocumentErrors();
      const failed = Object.fromEntries(
        outcomes.filter((o) => o.problems.length).map((o) => [exampleKey(o), o.problems]),
      );
      expect(failed).toEqual(Object.fromEntries([...known].map(([key, k]) => [key, k.problems])));
      const figures = decoded
        .filter((d) => d.examples > 0)
        .map((d) => {
          const whole = d.outcomes.filter((o) => o.problems.length === 0).length;
          return `${d.document.replace(/^twilio_/, "")} ${whole}${whole === d.examples ? "" : `/${d.examples}`}`;
        });
      console.log(
        `official examples: ${outcomes.length - known.size} of ${outcomes.length} 2xx JSON response examples ` +
          `of ${figures.length} documents decoded whole through the generated clients, ${known.size} ` +
          `known document errors (official-examples.yaml); by document: ${figures.join(", ")}`,
      );
    },
  );

  it(
    "sends what twilio-node 6.2.0 sends: every Api v2010 and Flex v1 list (first and next page) and a fixed sample of other operations, through one capture server",
    { timeout: 300_000 },
    async () => {
      expect(run, "the generation test ran first").toBeDefined();
      const sample = readSample();
      const outcomes = await compareWithTwilioNode(await sampleTargets(sample, TWILIO_OAI, out));
      // Every difference and every operation not compared is listed with its reason, and only those.
      const found = outcomes.flatMap((o) =>
        (o.skipped ? [`skipped: ${o.skipped}`] : o.differences).map(
          (d) => `${o.document} ${o.operation}: ${d}`,
        ),
      );
      const allowed = sample.allowed.map((a) => `${a.operation}: ${a.difference}`);
      expect(
        found.filter((d) => !allowed.includes(d)),
        "differences not in sample.yaml",
      ).toEqual([]);
      expect(
        allowed.filter((d) => !found.includes(d)),
        "entries of sample.yaml no longer found",
      ).toEqual([]);
      const compared = outcomes.filter((o) => o.skipped === null);
      // Api v2010: all 61 lists, the first page and the request for the next (one answers whole).
      const v2010 = compared.filter((o) => o.document === "twilio_api_v2010" && o.kind === "list");
      expect(v2010).toHaveLength(61);
      expect(v2010.filter((o) => o.requests !== 2).map((o) => o.operation)).toEqual([
        "ListAvailablePhoneNumberCountry",
      ]);
      // Flex v1: every list, its header parameters given (none left out of the sample).
      const flexLists = (await irOf(TWILIO_OAI, "twilio_flex_v1")).services
        .flatMap((s) => s.resources.flatMap((r) => r.operations))
        .filter((op) => op.kind === "list");
      const flex = compared.filter((o) => o.document === "twilio_flex_v1" && o.kind === "list");
      expect(flex.map((o) => o.operation).sort()).toEqual(flexLists.map((op) => op.id).sort());
      expect(flex.flatMap((o) => o.left.filter((l) => /^(Flex-Metadata|Authorization):/.test(l)))).toEqual(
        [],
      );
      const lookup = compared.find(
        (o) => o.document === "twilio_lookups_v1" && o.operation === "FetchPhoneNumber",
      );
      expect(lookup?.left.filter((l) => l.startsWith("AddOnsData"))).toEqual([]);
      // The fixed sample: at least 60 operations of at least 20 APIs, besides those lists.
      const fixed = compared.filter((o) => sample.operations[o.document]?.includes(o.operation));
      expect(fixed.length).toBeGreaterThanOrEqual(60);
      expect(new Set(fixed.map((o) => o.document)).size).toBeGreaterThanOrEqual(20);
      console.log(
        `twilio-node: ${compared.length} operations (${compared.reduce((n, o) => n + o.requests, 0)} requests) ` +
          `of ${new Set(compared.map((o) => o.document)).size} APIs compared; ${found.length} allowed differences`,
      );
    },
  );

  it(
    "sends bodies and takes redirects that Prism, serving Twilio's own documents, answers as they declare",
    { timeout: 300_000 },
    async () => {
      expect(run, "the generation test ran first").toBeDefined();
      const api = async (document: string) => {
        const pkg = (await import(pathToFileURL(join(out, document, "dist/index.js")).href)) as Record<
          string,
          any
        >;
        return {
          pkg,
          client: (baseUrl: string) =>
            pkg["createClient"]({ accountSid: ACCOUNT, authToken: "token", baseUrl }),
        };
      };
      const served = async (document: string, use: (url: string) => Promise<void>) => {
        const prism = await startPrism(join(TWILIO_OAI, `${document}.yaml`));
        try {
          await use(prism.url);
        } catch (error) {
          throw new Error(`${String(error)}\nPrism's log:\n${prism.log().slice(-3000)}`);
        } finally {
          await prism.close();
        }
      };
      // Messaging v3: a JSON body that is one of two shapes, told apart by `channel`.
      const messaging = await api("twilio_messaging_v3");
      await served("twilio_messaging_v3", async (url) => {
        const client = messaging.client(url);
        const sid = `SM${"0123456789abcdef".repeat(2)}`;
        expect(
          await messaging.pkg["createTypingIndicator"](client, { channel: "WHATSAPP", messageId: sid }),
        ).toEqual({
          success: true,
        });
        expect(
          await messaging.pkg["createTypingIndicator"](client, {
            channel: "APPLE",
            from: "apple:a",
            to: "apple:b",
          }),
        ).toEqual({ success: true });
        // Prism checks the body: without one, it refuses (so its 2xx above says the bodies were right).
        const bare = await fetch(`${url}/v3/Indicators/Typing.json`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: "Basic YTpi" },
        });
        expect(bare.status).toBeGreaterThanOrEqual(400);
      });
      // Numbers v2: a JSON body that is any object.
      const numbers = await api("twilio_numbers_v2");
      await served("twilio_numbers_v2", async (url) => {
        const order = await numbers.pkg["createBulkHostedNumberOrder"](numbers.client(url), {
          FriendlyName: "test",
          Orders: [{ PhoneNumber: "+15005550006" }],
        });
        expect(order.bulkHostingSid).toMatch(/^BH/);
      });
      // OAuth v1 and v2, Organizations: GET /authorize is a 302 by design, returned with its Location.
      for (const document of ["twilio_oauth_v1", "twilio_oauth_v2", "twilio_iam_organizations"]) {
        const oauth = await api(document);
        await served(document, async (url) => {
          const redirect = await oauth.pkg["fetchAuthorize"](oauth.client(url), { responseType: "code" });
          // Prism sends no Location (the documents declare none), so the result says null.
          expect(redirect).toMatchObject({
            status: 302,
            location: null,
            body: { redirectTo: expect.any(String) },
          });
        });
      }
      // Organizations: OAuth2 client credentials. The client fetches its token from the token URL
      // its option names (Prism serving OAuth v2 answers /v2/token, which takes the client's id and
      // secret as form fields), once for several calls; Prism serving Organizations checks the
      // bearer token and answers 2xx.
      const organizations = await api("twilio_iam_organizations");
      await served("twilio_oauth_v2", (oauthUrl) =>
        served("twilio_iam_organizations", async (url) => {
          const sent: { url: string; headers: Record<string, string>; body: string }[] = [];
          const client = organizations.pkg["createClient"]({
            clientId: "OQ7cda1a615f05a95634e643aaaf7081d7",
            clientSecret: "client-secret",
            tokenUrl: `${oauthUrl}/v2/token`,
            baseUrl: url,
            fetch: (input: string, init: RequestInit) => {
              sent.push({
                url: input,
                headers: { ...(init.headers as Record<string, string>) },
                body: String(init.body ?? ""),
              });
              return fetch(input, init);
            },
          });
          const organization = `OR${"0".repeat(32)}`;
          const accounts = await organizations.pkg["listAccountsWithResponse"](client, organization);
          const account = await organizations.pkg["fetchAccountWithResponse"](client, organization, ACCOUNT);
          expect([accounts.status, account.status]).toEqual([200, 200]);
          const [token, ...calls] = sent;
          expect(token!.url).toBe(`${oauthUrl}/v2/token`);
          expect(Object.fromEntries(new URLSearchParams(token!.body))).toMatchObject({
            grant_type: "client_credentials",
            client_id: "OQ7cda1a615f05a95634e643aaaf7081d7",
            client_secret: "client-secret",
          });
          expect(calls.map((c) => c.headers["Authorization"])).toEqual([
            expect.stringMatching(/^Bearer eyJ/),
            expect.stringMatching(/^Bearer eyJ/),
          ]);
          // Without the token, Prism refuses: the 2xx above was earned.
          expect((await fetch(`${url}/Organizations/${organization}/Accounts`)).status).toBe(401);
        }),
      );
    },
  );

  it(
    "answers with a full page, from each package's local server, the lists whose documents give no example page",
    { timeout: 120_000 },
    async () => {
      expect(run, "the generation test ran first").toBeDefined();
      for (const [document, id] of [
        ["twilio_assistants_v1", "ListMessages"],
        ["twilio_iam_organizations", "ListRoleAssignments"],
        ["twilio_monitor_v2", "ListAlarms"],
      ] as const) {
        const ir = await irOf(TWILIO_OAI, document);
        const op = ir.services
          .flatMap((s) => s.resources.flatMap((r) => r.operations))
          .find((o) => o.id === id)!;
        const dist = join(out, document, "dist");
        const pkg = (await import(pathToFileURL(join(dist, "index.js")).href)) as Record<string, any>;
        const mock = (await import(pathToFileURL(join(dist, "mock/index.js")).href)) as Record<string, any>;
        const validate = pkg[`validate${op.functionName.charAt(0).toUpperCase()}${op.functionName.slice(1)}`];
        const args = argumentsFor(op, (path, params) => validate(...path, params))!;
        const server = await mock["start"]();
        try {
          // Basic credentials, or (Organizations) OAuth2 client credentials: its token URL is on the
          // API's own host, so it moves to the local server with the base URL.
          const client = pkg["createClient"]({
            accountSid: ACCOUNT,
            authToken: "token",
            clientId: "app",
            clientSecret: "app-secret",
            baseUrl: server.url,
          });
          const page = await pkg[op.functionName](client, ...args.path, clientParams(args.params), {
            maxRetries: 0,
          });
          expect(Array.isArray(page.items), `${document} ${id}`).toBe(true);
          expect(page.meta, `${document} ${id}`).toMatchObject({
            page: 0,
            key: op.listKey,
            nextPageUrl: null,
          });
        } finally {
          await server.close();
        }
      }
    },
  );
});
