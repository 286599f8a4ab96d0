/**
 * The local server keeps records per account, as Twilio does: the account is the Basic username
 * (the Account SID), and another account's resource is a 404 to fetch, update, delete or list,
 * and cannot be reached below either. Records seeded with `server.seed` belong to no account.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, NotFoundError, type Client } from "twilio-verify-rest-client";
import { createEntity, fetchEntity } from "twilio-verify-rest-client/entities";
import {
  createService,
  deleteService,
  fetchService,
  listServices,
  updateService,
} from "twilio-verify-rest-client/services";
import { start, type MockServer } from "twilio-verify-rest-client/mock";

const A = "AC" + "a1".repeat(16);
const B = "AC" + "b2".repeat(16);
const SEEDED = "VA" + "5e".repeat(16);
let server: MockServer;
let a: Client;
let b: Client;

beforeAll(async () => {
  server = await start();
  server.seed(`/v2/Services/${SEEDED}`, { FriendlyName: "Shared fixture" });
  a = createClient({ accountSid: A, authToken: "token-a", baseUrl: server.url, maxRetries: 0 });
  b = createClient({ accountSid: B, authToken: "token-b", baseUrl: server.url, maxRetries: 0 });
});
afterAll(() => server.close());

describe("accounts on the local server", () => {
  it("account B cannot fetch, list, rename, delete or reach below account A's Service", async () => {
    const service = await createService(a, { friendlyName: "A's service" });
    expect(service.accountSid).toBe(A);
    const notFound = (work: Promise<unknown>) => expect(work).rejects.toBeInstanceOf(NotFoundError);
    await notFound(fetchService(b, service.sid));
    await notFound(updateService(b, service.sid, { friendlyName: "taken over" }));
    await notFound(deleteService(b, service.sid));
    await notFound(createEntity(b, service.sid, { identity: "user-0001" }));
    await notFound(fetchEntity(b, service.sid, "user-0001"));
    const listed = await listServices(b);
    expect(listed.items.map((s) => s.sid)).not.toContain(service.sid);
    // A's Service is untouched, and A still sees and changes it.
    expect((await fetchService(a, service.sid)).friendlyName).toBe("A's service");
    expect((await listServices(a)).items.map((s) => s.sid)).toContain(service.sid);
    await createEntity(a, service.sid, { identity: "user-0001" });
    await deleteService(a, service.sid);
    await notFound(fetchService(a, service.sid));
  });

  it("B's own records are B's; seeded records are every account's", async () => {
    const own = await createService(b, { friendlyName: "B's service" });
    expect((await fetchService(b, own.sid)).accountSid).toBe(B);
    await expect(fetchService(a, own.sid)).rejects.toBeInstanceOf(NotFoundError);
    expect((await fetchService(a, SEEDED)).friendlyName).toBe("Shared fixture");
    expect((await fetchService(b, SEEDED)).friendlyName).toBe("Shared fixture");
  });
});
