/**
 * The local server's generic behaviour, derived from the spec, over loopback: related records
 * (parents must exist, children go with their parent), client-chosen ids, strict booleans, repeated
 * keys, CORS, paging with another spec's own names, its command line, and a bounded load of 50,000
 * requests with flat memory.
 */
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, createClient, NotFoundError, type Client } from "twilio-verify-rest-client";
import { createChallenge, fetchChallenge } from "twilio-verify-rest-client/challenges";
import { createEntity, fetchEntity } from "twilio-verify-rest-client/entities";
import { fetchForm } from "twilio-verify-rest-client/forms";
import { createPasskeyFactor } from "twilio-verify-rest-client/passkeys";
import { fetchVerificationAttemptsSummary } from "twilio-verify-rest-client/verification-attempts-summary";
import { createFactor, fetchFactor } from "twilio-verify-rest-client/factors";
import { deleteService } from "twilio-verify-rest-client/services";
import { start, type MockServer } from "twilio-verify-rest-client/mock";
import { FIXTURE_PACKAGES, ROOT } from "../helpers/paths.ts";

const ACCOUNT = "AC" + "e5".repeat(16);
const SERVICE = "VA" + "e5".repeat(16);
const AUTH = "Basic " + Buffer.from(`${ACCOUNT}:t`).toString("base64");
let server: MockServer;
let client: Client;

beforeAll(async () => {
  server = await start();
  server.seed(`/v2/Services/${SERVICE}`, { FriendlyName: "Behaviour" });
  client = createClient({ accountSid: ACCOUNT, authToken: "t", baseUrl: server.url });
});
afterAll(() => server.close());

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { authorization: AUTH, "content-type": "application/x-www-form-urlencoded", ...headers },
    body,
  });

describe("related records", () => {
  it("a child of a parent that does not exist is a 404 in the API's shape", async () => {
    const missing = "VA" + "0".repeat(32);
    const error = await createEntity(client, missing, { identity: "user-0001" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 20404, moreInfo: "https://www.twilio.com/docs/errors/20404" });
    expect(String((error as Error).message)).toContain(`/v2/Services/${missing}`);
  });

  it("a Factor creates its missing Entity (the extension says Verify does), a Challenge does not", async () => {
    await createFactor(client, SERVICE, "user-implicit-0001", { factorType: "totp", friendlyName: "f" });
    expect((await fetchEntity(client, SERVICE, "user-implicit-0001")).identity).toBe("user-implicit-0001");
    const response = await post(
      `/v2/Services/${SERVICE}/Entities/user-nobody-0001/Challenges`,
      `FactorSid=YF${"1".repeat(32)}`,
    );
    expect(response.status).toBe(404);
  });

  it("deleting a parent deletes its children", async () => {
    const other = "VA" + "f6".repeat(16);
    server.seed(`/v2/Services/${other}`, { FriendlyName: "To delete" });
    const factor = await createFactor(client, other, "user-gone-0001", {
      factorType: "totp",
      friendlyName: "f",
    });
    await deleteService(client, other);
    expect(server.records("Factor").some((r) => r["sid"] === factor.sid)).toBe(false);
    expect(server.records("Entity").some((r) => r["identity"] === "user-gone-0001")).toBe(false);
    await expect(fetchFactor(client, other, "user-gone-0001", factor.sid!)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("a second create with the same client-chosen id is a 409 and keeps the first record", async () => {
    const first = await createEntity(client, SERVICE, { identity: "user-twice-0001" });
    const error = await createEntity(client, SERVICE, { identity: "user-twice-0001" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(String((error as Error).message)).toContain("Identity 'user-twice-0001' already exists");
    expect((await fetchEntity(client, SERVICE, "user-twice-0001")).sid).toBe(first.sid);
  });
});

describe("operations without a stored record", () => {
  it("a fetch of what the API keeps itself, and an action not about a stored record, answer their model", async () => {
    const form = await fetchForm(client, "form-push");
    expect(form.formType).toBe("form-push");
    const summary = await fetchVerificationAttemptsSummary(client, { channel: "sms" });
    expect(summary.url).toBe(`${server.url}/v2/Attempts/Summary`);
    const passkey = await createPasskeyFactor(client, SERVICE, {
      friendlyName: "laptop",
      identity: "user-passkey-0001",
    });
    expect(passkey.sid).toMatch(/^YF[0-9a-f]{32}$/);
    expect(passkey.dateCreated).toBeInstanceOf(Date);
    // Nothing was stored: the answer is not a record of any list.
    expect(server.records("Passkey")).toEqual([]);
  });
});

describe("wire values", () => {
  it.each(["yes", "True", "1", "TRUE", ""])(
    "LookupEnabled=%j is a 400, never a silent false",
    async (value) => {
      const response = await post("/v2/Services", `FriendlyName=s&LookupEnabled=${value}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain("LookupEnabled");
    },
  );

  it("LookupEnabled=true and =false are booleans", async () => {
    for (const value of [true, false]) {
      const response = await post("/v2/Services", `FriendlyName=s&LookupEnabled=${value}`);
      expect(response.status).toBe(201);
      expect(((await response.json()) as { lookup_enabled: boolean }).lookup_enabled).toBe(value);
    }
  });

  it("JSON-typed parameters are stored as JSON and checked as JSON", async () => {
    const identity = "user-json-0001";
    await createFactor(client, SERVICE, identity, { factorType: "totp", friendlyName: "f" });
    const [factor] = server.records("Factor").filter((r) => r["identity"] === identity);
    const created = await createChallenge(client, SERVICE, identity, {
      factorSid: String(factor!["sid"]),
      details: { message: "m" },
      hiddenDetails: { ip: "203.0.113.7" },
    });
    const fetched = await fetchChallenge(client, SERVICE, identity, created.sid!);
    expect(fetched.hiddenDetails).toEqual({ ip: "203.0.113.7" });
    expect(fetched.details).toMatchObject({ message: "m" });
    // Details.Fields is only used when the factor is push: a rule on the stored record, checked here.
    const fields = await createChallenge(client, SERVICE, identity, {
      factorSid: String(factor!["sid"]),
      details: { fields: [{ label: "IP", value: "203.0.113.7" }] },
    }).catch((e: unknown) => e);
    expect(String((fields as Error).message)).toContain(
      "`Details.Fields`: only used when factor_type is push",
    );
    const broken = await post(
      `/v2/Services/${SERVICE}/Entities/${identity}/Challenges`,
      `FactorSid=${String(factor!["sid"])}&HiddenDetails={not json`,
    );
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { message: string }).message).toContain("HiddenDetails");
  });

  it("an array parameter is its repeated keys; a scalar given twice is a 400", async () => {
    const hook = await post(
      `/v2/Services/${SERVICE}/Webhooks`,
      "FriendlyName=h&WebhookUrl=https://example.com/h&EventTypes=factor.created&EventTypes=challenge.denied",
    );
    expect(hook.status).toBe(201);
    expect(((await hook.json()) as { event_types: string[] }).event_types).toEqual([
      "factor.created",
      "challenge.denied",
    ]);
    const twice = await post("/v2/Services", "FriendlyName=a&FriendlyName=b");
    expect(twice.status).toBe(400);
    expect(((await twice.json()) as { message: string }).message).toContain(
      "`FriendlyName` is given more than once",
    );
  });
});

describe("CORS", () => {
  it("answers a preflight without credentials, and marks every answer with the allowed origin", async () => {
    const preflight = await fetch(`${server.url}/v2/Services`, {
      method: "OPTIONS",
      headers: {
        origin: "http://app.localhost:3000",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization, content-type");
    const answer = await fetch(`${server.url}/v2/Services/${SERVICE}`, {
      headers: { authorization: AUTH, origin: "http://x" },
    });
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(answer.headers.get("access-control-expose-headers")).toContain("Twilio-Request-Id");
  });

  it("with configured origins, only those are allowed", async () => {
    const strict = await start({ corsOrigins: ["http://allowed.test"] });
    try {
      const ok = await fetch(`${strict.url}/v2/Services`, {
        method: "OPTIONS",
        headers: { origin: "http://allowed.test" },
      });
      expect(ok.headers.get("access-control-allow-origin")).toBe("http://allowed.test");
      const other = await fetch(`${strict.url}/v2/Services`, {
        method: "OPTIONS",
        headers: { origin: "http://evil.test" },
      });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await strict.close();
    }
  });
});

describe("paging with the spec's own names (another spec: nextUrlField `after`, page size `Size`)", () => {
  it("a stream over 3 records in pages of 1 yields all 3", async () => {
    const dist = join(FIXTURE_PACKAGES, "merged/dist");
    const pkg = (await import(pathToFileURL(join(dist, "index.js")).href)) as Record<string, any>;
    const mock = (await import(pathToFileURL(join(dist, "mock/index.js")).href)) as Record<string, any>;
    const lobby = (await mock["start"]()) as MockServer;
    try {
      const guests = pkg["createClient"]({ user: "u", password: "p", baseUrl: lobby.url });
      for (const name of ["Ada", "Grace", "Edsger"]) await pkg["createGuest"](guests, { name });
      const names: string[] = [];
      for await (const guest of pkg["streamGuests"](guests, { size: 1 })) names.push(guest.name);
      expect(names).toEqual(["Ada", "Grace", "Edsger"]);
    } finally {
      await lobby.close();
    }
  });
});

describe("parents the API keeps itself (another spec: regions have no create operation)", () => {
  it("a list below a region answers a page, where a missing parent that can be created is a 404", async () => {
    const dist = join(FIXTURE_PACKAGES, "kinds/dist");
    const pkg = (await import(pathToFileURL(join(dist, "index.js")).href)) as Record<string, any>;
    const mock = (await import(pathToFileURL(join(dist, "mock/index.js")).href)) as Record<string, any>;
    const depot = (await mock["start"]()) as MockServer;
    try {
      const depotClient = pkg["createClient"]({ keyId: "k", keySecret: "s", baseUrl: depot.url });
      expect((await pkg["listStations"](depotClient, "north")).items).toEqual([]);
      const missingShelf = await pkg["listBooks"](depotClient, "SH" + "0".repeat(16), {
        genre: "poetry",
      }).catch((e: unknown) => e);
      expect((missingShelf as { status?: number }).status).toBe(404);
    } finally {
      await depot.close();
    }
  });
});

describe("the command line", () => {
  const CLI = join(ROOT, "generated/dist/mock/cli.js");
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 20_000 });

  it("--help prints the usage and exits 0", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage: twilio-verify-rest-client-mock [--port N] [--seed FILE]");
  });

  it.each([
    ["--port", "abc"],
    ["--port", "70000"],
    ["--port", "-1"],
    ["--frobnicate"],
    ["--seed", "/no/such/file.json"],
  ])("%s %s: one line on stderr, exit 2, no stack trace", (...args) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^twilio-verify-rest-client-mock: .+$/m);
    expect(r.stderr).not.toContain("    at ");
  });

  it("a port in use: one line, exit 1", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const child = spawn(process.execPath, [CLI, "--port", String(port)], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(
        `twilio-verify-rest-client-mock: port ${port} on 127.0.0.1 is already in use; try --port 0`,
      );
    } finally {
      blocker.close();
    }
  });

  it("the generated package declares the command as its bin", async () => {
    const pkg = (await import("twilio-verify-rest-client/package.json", { with: { type: "json" } }))
      .default as {
      bin: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ "twilio-verify-rest-client-mock": "./dist/mock/cli.js" });
  });
});

describe("load", () => {
  it("50,000 requests (bounded, loopback): it always answers, and memory stays flat apart from the records", () => {
    // In a child process with --expose-gc, so the heap measured is the server's alone.
    const script = `
      import { start } from "twilio-verify-rest-client/mock";
      const server = await start();
      const auth = "Basic " + Buffer.from("${ACCOUNT}:t").toString("base64");
      const sid = "${SERVICE}";
      server.seed("/v2/Services/" + sid, { FriendlyName: "load" });
      const heap = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed; };
      let failures = 0;
      async function batch(n) {
        const queue = [];
        for (let i = 0; i < n; i++) {
          const kind = i % 4;
          const request = kind === 0
            ? fetch(server.url + "/v2/Services/" + sid, { headers: { authorization: auth } })
            : kind === 1
              ? fetch(server.url + "/v2/Services/" + sid + "/Entities?PageSize=5", { headers: { authorization: auth } })
              : kind === 2
                ? fetch(server.url + "/v2/Services/VAbad/Entities", { headers: { authorization: auth } })
                : fetch(server.url + "/v2/Services", { method: "POST", headers: { authorization: auth, "content-type": "application/x-www-form-urlencoded" }, body: "FriendlyName=x&CodeLength=99" });
          queue.push(request.then((r) => r.arrayBuffer().then(() => { if (r.status >= 500) failures++; })).catch(() => failures++));
          if (queue.length >= 50) await Promise.all(queue.splice(0));
        }
        await Promise.all(queue);
      }
      await batch(5000);
      const before = heap();
      const started = Date.now();
      await batch(45000);
      const after = heap();
      console.log(JSON.stringify({ before, after, failures, ms: Date.now() - started, count: server.requestCount }));
      await server.close();
    `;
    const r = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 240_000,
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    expect(r.stderr).toBe("");
    const result = JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, number>;
    expect(result["count"]).toBe(50_000);
    expect(result["failures"]).toBe(0);
    // No record is created by these requests (each POST breaks a range), so the heap must not grow
    // with the count: allow 8 MiB of noise (sockets, code caches), far below 45,000 retained requests.
    expect(result["after"]! - result["before"]!).toBeLessThan(8 * 1024 * 1024);
  }, 300_000);
});
