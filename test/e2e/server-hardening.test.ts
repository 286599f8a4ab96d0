/** The local server survives broken requests and answers them plainly: no input stops it. */
import { request } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start, type MockServer } from "twilio-verify-rest-client/mock";
import { ACCOUNT_SID } from "../helpers/fake-fetch.ts";

let server: MockServer;
const SERVICE = "VA" + "c3".repeat(16);
const AUTH = "Basic " + Buffer.from(`${ACCOUNT_SID}:t`).toString("base64");
const FACTORS = (identity: string) => `/v2/Services/${SERVICE}/Entities/${identity}/Factors`;

beforeAll(async () => {
  server = await start({ maxBodyBytes: 4096 });
  server.seed(`/v2/Services/${SERVICE}`, { FriendlyName: "Hardening tests" });
  for (const identity of ["user-0001", "user-0004"])
    server.seed(`/v2/Services/${SERVICE}/Entities/${identity}`, {});
});
afterAll(() => server.close());

function call(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: { authorization: AUTH, "content-type": "application/x-www-form-urlencoded", ...headers },
      },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("local server hardening", () => {
  it("an aborted upload does not stop the server", async () => {
    const url = new URL(server.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(
          `POST ${FACTORS("user-0001")} HTTP/1.1\r\nHost: x\r\nAuthorization: ${AUTH}\r\nContent-Length: 100\r\n\r\nFactorType=`,
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    await new Promise((r) => setTimeout(r, 50));
    expect((await call("GET", FACTORS("user-0001"))).status).toBe(200);
  });

  it.each(["%E0%A4%A", "%ZZ", "%", "%C0%AF"])(
    "malformed percent-encoding %s is a 400, not a 500",
    async (bad) => {
      const { status } = await call("GET", FACTORS(`user${bad}`));
      expect([400, 404]).toContain(status);
    },
  );

  it("a path value is decoded before matching: user%2D0003 names user-0003", async () => {
    const created = await call(
      "POST",
      FACTORS("user-0003"),
      new URLSearchParams({ FactorType: "totp", FriendlyName: "x" }).toString(),
    );
    expect(created.status).toBe(201);
    const sid = (JSON.parse(created.text) as { sid: string }).sid;
    expect((await call("GET", `${FACTORS("user%2D0003")}/${sid}`)).status).toBe(200);
  });

  it("page URLs use the server's own origin, not the Host header", async () => {
    const page = await call("GET", FACTORS("user-0003"), undefined, { host: "evil.example" });
    expect(page.text).toContain(server.url);
    expect(page.text).not.toContain("evil.example");
  });

  it("a page index that overflows is a 400", async () => {
    expect((await call("GET", `${FACTORS("user-0003")}?Page=1e308`)).status).toBe(400);
  });

  it("a body over the limit is a 413, and the server goes on", async () => {
    const { status } = await call("POST", FACTORS("user-0004"), "FriendlyName=" + "x".repeat(10_000));
    expect(status).toBe(413);
    expect((await call("GET", FACTORS("user-0004"))).status).toBe(200);
  });
});
