/** A generic JSON Schema validator (ajv, 2020-12) enforces the emitted conditional rules on form bodies. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PUBLIC_KEY as PUBLIC_KEY_FOR_TESTS } from "../helpers/fake-fetch.ts";
import { GENERATED } from "../helpers/paths.ts";

const Ajv2020 = Ajv2020Module.default;
const doc = parse(readFileSync(join(GENERATED, "openapi.yaml"), "utf8"));
const schema =
  doc.paths["/v2/Services/{ServiceSid}/Entities/{Identity}/Factors"].post.requestBody.content[
    "application/x-www-form-urlencoded"
  ].schema;
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

const push = {
  FactorType: "push",
  FriendlyName: "p",
  "Binding.PublicKey": PUBLIC_KEY_FOR_TESTS,
  "Config.AppId": "a",
  "Config.NotificationToken": "t".repeat(32),
  "Config.SdkVersion": "1",
};

describe("if/then rules in the OpenAPI document", () => {
  it("accept a valid push body and a valid totp body", () => {
    expect(validate(push)).toBe(true);
    expect(validate({ FactorType: "totp", FriendlyName: "t", "Config.CodeLength": 6 })).toBe(true);
  });

  it("reject a push body without a push-required field", () => {
    const { "Config.AppId": _appId, ...missing } = push;
    expect(validate(missing)).toBe(false);
  });

  it("reject a totp-only field on push and a push-only field on totp", () => {
    expect(validate({ ...push, "Config.CodeLength": 6 })).toBe(false);
    expect(validate({ FactorType: "totp", FriendlyName: "t", "Config.AppId": "a" })).toBe(false);
  });
});
