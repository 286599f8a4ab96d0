/** 4. Bundle size: the same small app with our package and with twilio-node, bundled by esbuild, minified, gzipped. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Row } from "./stats.ts";

const OURS = `
import { createClient, createFactor, streamFactors } from "twilio-verify-rest-client";
const client = createClient({ accountSid: process.env.SID, authToken: process.env.TOKEN });
const factor = await createFactor(client, "VA00000000000000000000000000000000", "user-0001", { factorType: "totp", friendlyName: "app" });
for await (const f of streamFactors(client, "VA00000000000000000000000000000000", "user-0001", { limit: 100 })) console.log(f.sid, factor.sid);
`;

// The same app by the light entry and the resource's subpath: the package root is never imported.
const OURS_LIGHT = `
import { createClient } from "twilio-verify-rest-client/client";
import { createFactor, streamFactors } from "twilio-verify-rest-client/factors";
const client = createClient({ accountSid: process.env.SID, authToken: process.env.TOKEN });
const factor = await createFactor(client, "VA00000000000000000000000000000000", "user-0001", { factorType: "totp", friendlyName: "app" });
for await (const f of streamFactors(client, "VA00000000000000000000000000000000", "user-0001", { limit: 100 })) console.log(f.sid, factor.sid);
`;

// One operation of each of five resources, each imported from its resource's own subpath.
const FIVE = `
import { createClient } from "twilio-verify-rest-client/client";
import { createVerification } from "twilio-verify-rest-client/verifications";
import { createVerificationCheck } from "twilio-verify-rest-client/verification-checks";
import { createFactor } from "twilio-verify-rest-client/factors";
import { createChallenge } from "twilio-verify-rest-client/challenges";
import { fetchService } from "twilio-verify-rest-client/services";
const client = createClient({ accountSid: process.env.SID, authToken: process.env.TOKEN });
const sid = "VA00000000000000000000000000000000";
console.log((await fetchService(client, sid)).friendlyName);
await createVerification(client, sid, { to: "+15017122661", channel: "sms" });
await createVerificationCheck(client, sid, { to: "+15017122661", code: "123456" });
const factor = await createFactor(client, sid, "user-0001", { factorType: "totp", friendlyName: "app" });
console.log((await createChallenge(client, sid, "user-0001", { factorSid: factor.sid, authPayload: "123456" })).status);
`;

const TWILIO_FIVE = `
import twilio from "twilio";
const client = twilio(process.env.SID, process.env.TOKEN);
const service = client.verify.v2.services("VA00000000000000000000000000000000");
console.log((await service.fetch()).friendlyName);
await service.verifications.create({ to: "+15017122661", channel: "sms" });
await service.verificationChecks.create({ to: "+15017122661", code: "123456" });
const entity = service.entities("user-0001");
const factor = await entity.newFactors.create({ factorType: "totp", friendlyName: "app" });
console.log((await entity.challenges.create({ factorSid: factor.sid, authPayload: "123456" })).status);
`;

const TWILIO = `
import twilio from "twilio";
const client = twilio(process.env.SID, process.env.TOKEN);
const entity = client.verify.v2.services("VA00000000000000000000000000000000").entities("user-0001");
const factor = await entity.newFactors.create({ factorType: "totp", friendlyName: "app" });
entity.factors.each({ limit: 100 }, (f) => console.log(f.sid, factor.sid));
`;

async function gzippedBytes(
  root: string,
  tmp: string,
  name: string,
  source: string,
): Promise<{ min: number; gz: number }> {
  const entry = join(tmp, `${name}.mjs`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    absWorkingDir: root,
    nodePaths: [join(root, "node_modules")],
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

/** The bundle of the whole package (every export of the root), for scale. */
const WHOLE = `export * from "twilio-verify-rest-client";`;

// The Factor-only package of an earlier release bundled this app to 6.6 KiB gzip; the whole-API
// package must not make it grow by more than 10%.
const FACTOR_APP_BASELINE_KIB = 6.6;

export async function bundle(root: string, tmp: string): Promise<Row[]> {
  const ours = await gzippedBytes(root, tmp, "app-ours", OURS);
  const light = await gzippedBytes(root, tmp, "app-ours-light", OURS_LIGHT);
  const theirs = await gzippedBytes(root, tmp, "app-twilio", TWILIO);
  const five = await gzippedBytes(root, tmp, "app-five-ours", FIVE);
  const fiveTheirs = await gzippedBytes(root, tmp, "app-five-twilio", TWILIO_FIVE);
  const whole = await gzippedBytes(root, tmp, "app-whole-ours", WHOLE);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return [
    {
      comparison:
        "Bundle of an app calling createFactor + streamFactors (esbuild, minified, gzip; twilio-node)",
      ours: `${kb(ours.gz)} (${kb(ours.min)} min)`,
      peer: `${kb(theirs.gz)} (${kb(theirs.min)} min)`,
      ratio: `${(theirs.gz / ours.gz).toFixed(0)}x smaller`,
      target: ">= 50x smaller",
      pass: theirs.gz / ours.gz >= 50,
    },
    {
      comparison:
        "The same app by the light entry (`/client` and `/factors`, never the package root; twilio-node)",
      ours: `${kb(light.gz)} (${kb(light.min)} min)`,
      peer: `${kb(theirs.gz)} (${kb(theirs.min)} min)`,
      ratio: `${(theirs.gz / light.gz).toFixed(0)}x smaller`,
      target: "reported",
      pass: true,
    },
    {
      comparison: `The same app against the Factor-only package's ${FACTOR_APP_BASELINE_KIB} KiB gzip`,
      ours: kb(ours.gz),
      peer: `${FACTOR_APP_BASELINE_KIB} KiB`,
      ratio: `${(ours.gz / 1024 / FACTOR_APP_BASELINE_KIB).toFixed(2)}x`,
      target: "<= 1.10x",
      pass: ours.gz / 1024 <= FACTOR_APP_BASELINE_KIB * 1.1,
    },
    {
      comparison:
        "Bundle of an app calling one operation of each of five resources, by `/client` and subpath (twilio-node)",
      ours: `${kb(five.gz)} (${kb(five.min)} min)`,
      peer: `${kb(fiveTheirs.gz)} (${kb(fiveTheirs.min)} min)`,
      ratio: `${(fiveTheirs.gz / five.gz).toFixed(0)}x smaller`,
      target: "reported",
      pass: true,
    },
    {
      comparison: "Bundle of the whole package (all 57 operations' functions, for scale)",
      ours: `${kb(whole.gz)} (${kb(whole.min)} min)`,
      peer: "-",
      ratio: "-",
      target: "reported",
      pass: true,
    },
  ];
}
