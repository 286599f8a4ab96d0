/** 4. Bundle size: the same small app with our package and with twilio-node, bundled by esbuild, minified, gzipped. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Row } from "./stats.ts";

const OURS = `
import { createClient, createFactor, streamFactors } from "twilio-verify";
const client = createClient({ accountSid: process.env.SID, authToken: process.env.TOKEN });
const factor = await createFactor(client, "VA00000000000000000000000000000000", "user-0001", { factorType: "totp", friendlyName: "app" });
for await (const f of streamFactors(client, "VA00000000000000000000000000000000", "user-0001", { limit: 100 })) console.log(f.sid, factor.sid);
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

export async function bundle(root: string, tmp: string): Promise<Row[]> {
  const ours = await gzippedBytes(root, tmp, "app-ours", OURS);
  const theirs = await gzippedBytes(root, tmp, "app-twilio", TWILIO);
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
  ];
}
