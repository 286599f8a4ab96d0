// One consumer, compiled under each `module` setting (see test/typecheck.test.ts): the root export,
// a resource subpath and the mock export must resolve, with their types.
import { createClient, ValidationError } from "twilio-verify-rest-client";
import { createFactor, type CreateFactorParams } from "twilio-verify-rest-client/factors";
import type { MockServer } from "twilio-verify-rest-client/mock";

const params: CreateFactorParams = { factorType: "totp", friendlyName: "app" };
export async function run(server: MockServer): Promise<string> {
  const client = createClient({ accountSid: "AC" + "0".repeat(32), authToken: "t", baseUrl: server.url });
  try {
    return (await createFactor(client, "VA" + "0".repeat(32), "user-0001", params)).status;
  } catch (error) {
    return error instanceof ValidationError ? "invalid" : "failed";
  }
}
