/**
 * Import round trip: the Factor paths of twilio_verify_v2.yaml import to a spec whose IR equals the
 * IR of the reviewed spec/verify/factor.yaml, except the differences the reviewed allowlist lists
 * with their reasons. The seed's conditional rules must come out of the prose, never the allowlist.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { checkSpecs } from "../../generator/engine/check-specs.ts";
import { importDocument } from "../../generator/import/import.ts";
import { buildIr } from "../../generator/ir/build.ts";
import type { IrResource } from "../../generator/ir/types.ts";
import { FACTOR_SPEC, ROOT, sharedPresent, TWILIO_OAI } from "../helpers/paths.ts";
import { irFor } from "../helpers/render.ts";
import { differences, facts } from "./flatten.ts";

const VERIFY = join(TWILIO_OAI, "twilio_verify_v2.yaml");
const allowlist = parse(readFileSync(join(ROOT, "test/import/roundtrip-allowlist.yaml"), "utf8")) as {
  path: string;
  reason: string;
}[];
const matcher = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}(\\.|$)`);

// Every conditional rule the seed (../shared/seeds/factor-service.txt) states, by operation and parameter.
const SEED_RULES: [string, string, "requiredWhen" | "onlyWhen", string, string][] = [
  ["CreateNewFactor", "Binding.Alg", "onlyWhen", "FactorType", "push"],
  ["CreateNewFactor", "Binding.PublicKey", "requiredWhen", "FactorType", "push"],
  ["CreateNewFactor", "Binding.Secret", "onlyWhen", "FactorType", "totp"],
  ["CreateNewFactor", "Config.AppId", "requiredWhen", "FactorType", "push"],
  ["CreateNewFactor", "Config.CodeLength", "onlyWhen", "FactorType", "totp"],
  ["CreateNewFactor", "Config.NotificationToken", "requiredWhen", "FactorType", "push"],
  ["CreateNewFactor", "Config.SdkVersion", "requiredWhen", "FactorType", "push"],
  ["CreateNewFactor", "Config.Skew", "onlyWhen", "FactorType", "totp"],
  ["CreateNewFactor", "Config.TimeStep", "onlyWhen", "FactorType", "totp"],
  ["UpdateFactor", "Config.NotificationPlatform", "requiredWhen", "factor_type", "push"],
  ["UpdateFactor", "Config.NotificationToken", "requiredWhen", "factor_type", "push"],
];

const present = sharedPresent(VERIFY, "the Factor round trip");

describe.skipIf(!present)("import round trip: Factor", async () => {
  if (!present) return;
  const result = await importDocument({
    document: VERIFY,
    outDir: join(ROOT, "test/.tmp/roundtrip"),
    prefix: "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors",
    service: "Verify",
    conventions: join(ROOT, "spec/import/twilio.yaml"),
    dryRun: true,
    cwd: ROOT,
  });
  const { catalog } = checkSpecs(result.files.map((f) => ({ file: f.name, text: f.text })));
  const imported = buildIr(catalog!).ir.services[0]!.resources.find((r) => r.name === "Factor")!;
  const reviewed = (await irFor(FACTOR_SPEC)).services[0]!.resources[0]!;
  const comparable = (r: IrResource) => facts({ ...r, source: "", mockExtension: null });
  const diffs = differences(comparable(reviewed), comparable(imported));

  it("the seed's conditional rules come out of the prose", () => {
    for (const [id, wire, rule, subject, value] of SEED_RULES) {
      const p = imported.operations.find((o) => o.id === id)!.parameters.find((x) => x.wireName === wire)!;
      expect(p[rule], `${id} ${wire} ${rule}`).toMatchObject({ wireName: subject, values: [value] });
    }
  });

  it("differs from the reviewed spec only where the allowlist says why", () => {
    const unexplained = diffs.filter(
      (d) => !allowlist.some((a) => matcher(a.path).test(d.slice(0, d.indexOf(": ")))),
    );
    expect(unexplained).toEqual([]);
  });

  it("no allowlist entry covers a seed rule, and every entry is used and has a reason", () => {
    for (const [id, wire, rule] of SEED_RULES) {
      const path = `operations[${id}].parameters[${wire}].${rule}`;
      const covering = diffs.filter((d) => d.startsWith(path));
      expect(covering, `${path} differs`).toEqual([]);
    }
    for (const entry of allowlist) {
      expect(entry.reason.length, entry.path).toBeGreaterThan(20);
      expect(
        diffs.some((d) => matcher(entry.path).test(d.slice(0, d.indexOf(": ")))),
        `unused entry ${entry.path}`,
      ).toBe(true);
    }
  });
});
