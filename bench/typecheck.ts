/**
 * Type-check time of an app using one resource: the same small app (a client, createFactor, the
 * Factor list streamed) against our package (its light `/client` entry and the `/factors` subpath)
 * and against twilio-node, each checked by `tsc --noEmit` under `strict` in a new process with no
 * incremental state (cold), alternating round by round; medians of the wall times.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { alternate, timeProcess, type Row } from "./stats.ts";

const OURS = `import { createClient } from "twilio-verify-rest-client/client";
import { createFactor, streamFactors } from "twilio-verify-rest-client/factors";

const client = createClient({ accountSid: process.env["SID"] ?? "", authToken: process.env["TOKEN"] ?? "" });
const sid = "VA00000000000000000000000000000000";
export async function run(): Promise<string[]> {
  const factor = await createFactor(client, sid, "user-0001", { factorType: "totp", friendlyName: "app" });
  const sids: string[] = [factor.sid];
  for await (const f of streamFactors(client, sid, "user-0001", { limit: 100 })) sids.push(f.sid);
  return sids;
}
`;

const TWILIO = `import twilio from "twilio";

const client = twilio(process.env["SID"] ?? "", process.env["TOKEN"] ?? "");
const sid = "VA00000000000000000000000000000000";
export async function run(): Promise<string[]> {
  const entity = client.verify.v2.services(sid).entities("user-0001");
  const factor = await entity.newFactors.create({ factorType: "totp", friendlyName: "app" });
  const sids: string[] = [factor.sid];
  for (const f of await entity.factors.list({ limit: 100 })) sids.push(f.sid);
  return sids;
}
`;

// The same compiler options for both: strict, no emit, Node's ES module resolution, and
// `skipLibCheck` as `tsc --init` writes it (twilio-node's declarations import `jsonwebtoken`,
// whose types it does not install: checked, they fail under strict).
function project(dir: string, source: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "app.ts"), source);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  const config = {
    compilerOptions: {
      target: "es2022",
      module: "nodenext",
      moduleResolution: "nodenext",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
    },
    files: ["app.ts"],
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config, null, 2));
  return join(dir, "tsconfig.json");
}

/** The type-check row: `tsc --noEmit` of the one-resource app, ours against twilio-node's. */
export async function typeCheck(root: string, tmp: string, rounds: number): Promise<Row[]> {
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const ours = project(join(tmp, "typecheck-ours"), OURS);
  const theirs = project(join(tmp, "typecheck-twilio"), TWILIO);
  // Each must compile: a failure would time the error path, not a check.
  const check = (config: string) => () => timeProcess([tsc, "--noEmit", "-p", config], root);
  check(ours)();
  check(theirs)();
  const t = await alternate(rounds, { ours: check(ours), theirs: check(theirs) });
  return [
    {
      comparison:
        "Type check of an app using one resource (createFactor, streamFactors): `tsc --noEmit`, strict, cold, by the light entry and subpath (twilio-node)",
      ours: `${(t.ours / 1000).toFixed(2)} s`,
      peer: `${(t.theirs / 1000).toFixed(2)} s`,
      ratio: `${(t.theirs / t.ours).toFixed(1)}x less`,
      target: "reported",
      pass: true,
    },
  ];
}
