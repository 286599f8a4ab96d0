/** The generated client against the local mock server, over real HTTP on 127.0.0.1. */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  createClient,
  createFactor,
  deleteFactor,
  fetchFactor,
  listFactors,
  NotFoundError,
  streamFactors,
  TimeoutError,
  updateFactor,
  type Client,
} from "twilio-verify-rest-client";
import { factorMock, start, type MockServer } from "twilio-verify-rest-client/mock";
import { PUBLIC_KEY } from "../helpers/fake-fetch.ts";
import { ROOT, tempDir } from "../helpers/paths.ts";

const ACCOUNT = "AC" + "a1".repeat(16);
const SERVICE = "VA" + "b2".repeat(16);

let server: MockServer;
let client: Client;
let fetchCount = 0;

beforeAll(async () => {
  server = await start();
  // A Factor lives below its Service, which must exist (its Entity is created with the first Factor).
  server.seed(`/v2/Services/${SERVICE}`, { FriendlyName: "Lifecycle tests" });
  const countingFetch: typeof fetch = (input, init) => {
    fetchCount++;
    return fetch(input, init);
  };
  client = createClient({
    accountSid: ACCOUNT,
    authToken: "token",
    baseUrl: server.url,
    fetch: countingFetch,
    retryDelay: { baseMs: 1, maxMs: 5 },
  });
});
afterAll(() => server.close());

const codeFor = (
  factor: {
    binding: { secret: string | null } | null;
    config: { alg: string | null; codeLength: number | null; timeStep: number | null } | null;
  },
  at = Date.now(),
) =>
  factorMock.totpCode(factorMock.base32Decode(factor.binding!.secret!), at, {
    algorithm: factor.config!.alg as "sha1",
    digits: factor.config!.codeLength!,
    period: factor.config!.timeStep!,
  });

describe("lifecycle over HTTP", () => {
  it("create totp without a secret, verify with the computed code, fetch, list, stream, delete, then 404", async () => {
    const identity = "user-lifecycle-1";
    const created = await createFactor(client, SERVICE, identity, {
      factorType: "totp",
      friendlyName: "Ada's authenticator",
      config: { alg: "sha256", codeLength: 8 },
    });
    if (created.factorType !== "totp") throw new Error("expected a totp factor");
    expect(created.sid).toMatch(/^YF[0-9a-f]{32}$/);
    expect(created.accountSid).toBe(ACCOUNT);
    expect(created.entitySid).toMatch(/^YE[0-9a-f]{32}$/);
    expect(created.status).toBe("unverified");
    expect(created.config).toEqual({ alg: "sha256", codeLength: 8, skew: 1, timeStep: 30 });
    expect(created.binding!.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(created.binding!.uri).toBe(
      `otpauth://totp/${SERVICE}:Ada's%20authenticator?secret=${created.binding!.secret}&issuer=${SERVICE}&algorithm=SHA256&digits=8&period=30`,
    );
    expect(created.dateCreated).toBeInstanceOf(Date);

    const verified = await updateFactor(client, SERVICE, identity, created.sid!, {
      authPayload: codeFor(created),
    });
    expect(verified.status).toBe("verified");

    const fetched = await fetchFactor(client, SERVICE, identity, created.sid!);
    expect(fetched).toMatchObject({ sid: created.sid, status: "verified", factorType: "totp" });
    expect("binding" in fetched).toBe(false);

    const page = await listFactors(client, SERVICE, identity);
    expect(page.items.map((f) => f.sid)).toEqual([created.sid]);
    expect(page.meta).toMatchObject({
      page: 0,
      pageSize: 50,
      key: "factors",
      nextPageUrl: null,
      previousPageUrl: null,
    });

    const streamed: string[] = [];
    for await (const f of streamFactors(client, SERVICE, identity)) streamed.push(f.sid!);
    expect(streamed).toEqual([created.sid]);

    await deleteFactor(client, SERVICE, identity, created.sid!);
    const error = await fetchFactor(client, SERVICE, identity, created.sid!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 20404 });
    expect((error as NotFoundError).requestId).toMatch(/^RQ/);
  });

  it("a wrong code never verifies a factor", async () => {
    const identity = "user-lifecycle-2";
    const created = await createFactor(client, SERVICE, identity, {
      factorType: "totp",
      friendlyName: "t",
      binding: { secret: "JBSWY3DPEHPK3PXP" },
    });
    const good = codeFor(created as never);
    const wrong = String((Number(good) + 1) % 1_000_000).padStart(6, "0");
    const after = await updateFactor(client, SERVICE, identity, created.sid!, { authPayload: wrong });
    expect(after.status).toBe("unverified");
    // A code from ten minutes ago is outside any skew.
    const stale = await updateFactor(client, SERVICE, identity, created.sid!, {
      authPayload: codeFor(created as never, Date.now() - 600_000),
    });
    expect(stale.status).toBe("unverified");
  });

  it("push: create stores the binding; update changes config; a totp-only setting is refused by the server", async () => {
    const identity = "user-push-0001";
    const created = await createFactor(client, SERVICE, identity, {
      factorType: "push",
      friendlyName: "Pixel",
      binding: { alg: "ES256", publicKey: PUBLIC_KEY },
      config: {
        appId: "com.example.app",
        notificationToken: "n".repeat(40),
        sdkVersion: "1.0",
        notificationPlatform: "fcm",
      },
      metadata: { os: "Android" },
    });
    if (created.factorType !== "push") throw new Error("expected push");
    expect(created.binding).toEqual({ alg: "ES256", publicKey: PUBLIC_KEY });
    expect(created.config).toEqual({
      appId: "com.example.app",
      notificationToken: "n".repeat(40),
      sdkVersion: "1.0",
      notificationPlatform: "fcm",
    });
    expect(created.metadata).toEqual({ os: "Android" });
    // The seed: on update, Config.NotificationPlatform is required when the stored factor is push.
    const missing = await updateFactor(client, SERVICE, identity, created.sid!, {
      config: { notificationToken: "m".repeat(40) },
    }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(BadRequestError);
    expect((missing as BadRequestError).message).toContain("Missing parameter `Config.NotificationPlatform`");
    const updated = await updateFactor(client, SERVICE, identity, created.sid!, {
      friendlyName: "Pixel 9",
      config: { sdkVersion: "2.1", notificationToken: "m".repeat(40), notificationPlatform: "apn" },
    });
    expect(updated).toMatchObject({ friendlyName: "Pixel 9", factorType: "push" });
    if (updated.factorType === "push")
      expect(updated.config).toMatchObject({ sdkVersion: "2.1", notificationToken: "m".repeat(40) });
    // The client cannot know the stored type; the server can, and says which parameter.
    const refused = await updateFactor(client, SERVICE, identity, created.sid!, {
      config: { codeLength: 6 },
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BadRequestError);
    expect((refused as BadRequestError).message).toContain("Config.CodeLength");
  });

  it("streams 250 factors in pages of 20: 250 unique items, 13 requests", async () => {
    const identity = "user-many-0001";
    await Promise.all(
      Array.from({ length: 250 }, (_, i) =>
        createFactor(client, SERVICE, identity, { factorType: "totp", friendlyName: `f${i}` }),
      ),
    );
    const before = fetchCount;
    const sids = new Set<string>();
    for await (const f of streamFactors(client, SERVICE, identity, { pageSize: 20 })) sids.add(f.sid!);
    expect(sids.size).toBe(250);
    expect(fetchCount - before).toBe(13);
    const limited = fetchCount;
    let n = 0;
    for await (const _ of streamFactors(client, SERVICE, identity, { pageSize: 20, limit: 45 })) n++;
    expect(n).toBe(45);
    expect(fetchCount - limited).toBe(3);
  });
});

describe("server rules and faults", () => {
  it("validates requests by the client's rules: 400 with Twilio's error body naming the parameter", async () => {
    const response = await fetch(`${server.url}/v2/Services/${SERVICE}/Entities/user-raw-0001/Factors`, {
      method: "POST",
      headers: {
        Authorization: `Basic ${Buffer.from(`${ACCOUNT}:t`).toString("base64")}`,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "FactorType=totp&FriendlyName=x&Config.CodeLength=9",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 60200,
      message: "Invalid parameter `Config.CodeLength`: must be 3 to 8, got 9",
      more_info: "https://www.twilio.com/docs/errors/60200",
      status: 400,
    });
  });

  it("checks Basic auth: 401 in Twilio's shape", async () => {
    const bad = createClient({ accountSid: "not-an-account", authToken: "t", baseUrl: server.url });
    const error = await listFactors(bad, SERVICE, "user-auth-0001").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 20003 });
    const strict = await start({ credentials: { username: ACCOUNT, password: "right" } });
    strict.seed(`/v2/Services/${SERVICE}`, { FriendlyName: "Strict" });
    strict.seed(`/v2/Services/${SERVICE}/Entities/user-auth-0001`, {});
    try {
      const wrong = createClient({ accountSid: ACCOUNT, authToken: "wrong", baseUrl: strict.url });
      await expect(listFactors(wrong, SERVICE, "user-auth-0001")).rejects.toBeInstanceOf(AuthenticationError);
      const right = createClient({ accountSid: ACCOUNT, authToken: "right", baseUrl: strict.url });
      expect((await listFactors(right, SERVICE, "user-auth-0001")).items).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it("retries an injected 429 with Retry-After, a 503 on GET and a dropped connection on GET", async () => {
    const identity = "user-fault-0001";
    server.inject({ status: 429, retryAfter: 0 });
    let before = server.requestCount;
    const created = await createFactor(client, SERVICE, identity, { factorType: "totp", friendlyName: "x" });
    expect(server.requestCount - before).toBe(2);
    server.inject({ status: 503 }, { drop: true });
    before = server.requestCount;
    expect((await fetchFactor(client, SERVICE, identity, created.sid!)).sid).toBe(created.sid);
    expect(server.requestCount - before).toBe(3);
  });

  it("does not retry an injected 503 on POST, and times out on an injected delay", async () => {
    server.inject({ status: 503 });
    await expect(
      createFactor(client, SERVICE, "user-fault-0002", { factorType: "totp", friendlyName: "x" }),
    ).rejects.toMatchObject({ status: 503 });
    server.inject({ delayMs: 500 });
    await expect(
      listFactors(client, SERVICE, "user-fault-0002", undefined, { timeoutMs: 100, maxRetries: 0 }),
    ).rejects.toBeInstanceOf(TimeoutError);
  });

  it("the command line starts it on the port asked for, on 127.0.0.1, with records from --seed", async () => {
    const seedFile = join(tempDir("mock-seed-"), "seed.json");
    writeFileSync(
      seedFile,
      JSON.stringify([
        { path: `/v2/Services/${SERVICE}`, params: { FriendlyName: "From the seed file" } },
        {
          path: `/v2/Services/${SERVICE}/Entities/user-cli-0001/Factors`,
          params: { FactorType: "totp", FriendlyName: "f" },
          count: 3,
        },
      ]),
    );
    const child = spawn(
      process.execPath,
      [join(ROOT, "generated/dist/mock/cli.js"), "--port", "0", "--seed", seedFile],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString());
          if (match) resolve(match[1]!);
        });
        child.once("exit", (code) => reject(new Error(`mock exited with ${code}`)));
      });
      const viaCli = createClient({ accountSid: ACCOUNT, authToken: "t", baseUrl: url });
      expect((await listFactors(viaCli, SERVICE, "user-cli-0001")).items).toHaveLength(3);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
