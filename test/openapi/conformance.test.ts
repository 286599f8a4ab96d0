/**
 * Conformance with Twilio's official OpenAPI document (read from ../shared/vendor/twilio-oai when
 * present): every difference must be in the reviewed allowlist, with its reason, and every allowlist
 * entry must still be a difference.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GENERATED, ROOT, SHARED_OAI, sharedPresent } from "../helpers/paths.ts";
import { differences } from "./conformance.ts";

const present = sharedPresent(SHARED_OAI, "the conformance tests");

const allowlist = parse(readFileSync(join(ROOT, "test/openapi/conformance-allowlist.yaml"), "utf8")) as {
  difference: string;
  reason: string;
}[];

describe.skipIf(!present)("conformance with Twilio's official Verify v2 document", () => {
  const ours = parse(readFileSync(join(GENERATED, "openapi.yaml"), "utf8"));
  const official = present ? parse(readFileSync(SHARED_OAI, "utf8")) : {};
  const found = present ? differences(ours, official) : [];

  it("covers every operation of the official document, and only those", () => {
    const ids = (doc: { paths: Record<string, Record<string, { operationId?: string }>> }) =>
      Object.values(doc.paths)
        .flatMap((item) => Object.values(item).map((op) => op.operationId))
        .filter((id): id is string => typeof id === "string")
        .sort();
    expect(ids(official)).toHaveLength(57);
    expect(ids(ours)).toEqual(ids(official));
    expect(found.filter((d) => d.includes("missing from the official document"))).toEqual([]);
  });

  it("differs only where the allowlist says, each with a reason", () => {
    for (const entry of allowlist) expect(entry.reason.trim().length, entry.difference).toBeGreaterThan(10);
    expect(found).toEqual(allowlist.map((e) => e.difference).sort());
  });

  it("would catch a disagreement: a renamed body parameter and a changed enum show up", () => {
    const changed = structuredClone(ours);
    const body =
      changed.paths["/v2/Services/{ServiceSid}/Entities/{Identity}/Factors"].post.requestBody.content[
        "application/x-www-form-urlencoded"
      ].schema;
    body.properties["Config.Algorithm"] = body.properties["Config.Alg"];
    delete body.properties["Config.Alg"];
    body.properties.FactorType.enum = ["push", "totp"];
    const extra = differences(changed, official).filter((d) => !found.includes(d));
    expect(extra).toEqual(
      expect.arrayContaining([
        "CreateNewFactor body parameters: Config.Algorithm only in ours",
        "CreateNewFactor body parameters: Config.Alg only in the official document",
        'CreateNewFactor body FactorType: enum ["push","totp"], official ["passkeys","push","totp"]',
      ]),
    );
  });
});
