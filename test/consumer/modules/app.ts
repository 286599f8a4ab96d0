// One consumer, compiled under each `module` setting (see test/typecheck.test.ts): the root export,
// the light `/client` entry, a resource subpath and the mock export must resolve, with their types.
import { createClient, ValidationError } from "twilio-verify-rest-client";
import { ApiError, createClient as createLightClient, type RequestOptions } from "twilio-verify-rest-client/client";
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

// The same call through the light entry: `createClient`, the errors and the call options' type.
export async function runLight(server: MockServer, options: RequestOptions = {}): Promise<string> {
  const client = createLightClient({ accountSid: "AC" + "0".repeat(32), authToken: "t", baseUrl: server.url });
  try {
    return (await createFactor(client, "VA" + "0".repeat(32), "user-0001", params, options)).status;
  } catch (error) {
    return error instanceof ApiError ? `api ${error.status}` : "failed";
  }
}
