/** 2. Per-call overhead: createFactor and listFactors against twilio-node, both over a canned transport. */
import twilio from "twilio";
import { createClient, createFactor, listFactors } from "twilio-verify";
import { alternate, type Row } from "./stats.ts";

const ACCOUNT = "AC" + "0".repeat(32);
const SERVICE = "VA" + "0".repeat(32);
const IDENTITY = "ff483d1ff591898a9942916050d2ca3f";
const FACTOR = {
  sid: "YF" + "0".repeat(32),
  account_sid: ACCOUNT,
  service_sid: SERVICE,
  entity_sid: "YE" + "0".repeat(32),
  identity: IDENTITY,
  date_created: "2015-07-30T20:00:00Z",
  date_updated: "2015-07-30T20:00:00Z",
  friendly_name: "friendly_name",
  status: "unverified",
  factor_type: "totp",
  config: { alg: "sha1", skew: 1, code_length: 6, time_step: 30 },
  metadata: null,
  url: `https://verify.twilio.com/v2/Services/${SERVICE}/Entities/${IDENTITY}/Factors/YF${"0".repeat(32)}`,
};
const CREATED = JSON.stringify({
  ...FACTOR,
  binding: { secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", uri: "otpauth://totp/x" },
  options: null,
});
const LIST_URL = `https://verify.twilio.com/v2/Services/${SERVICE}/Entities/${IDENTITY}/Factors?PageSize=20&Page=0`;
const LISTED = JSON.stringify({
  factors: Array.from({ length: 20 }, () => FACTOR),
  meta: {
    page: 0,
    page_size: 20,
    first_page_url: LIST_URL,
    previous_page_url: null,
    next_page_url: null,
    url: LIST_URL,
    key: "factors",
  },
});

// The transport boundary: a canned answer with no I/O, shaped as each client's transport returns it.
const emptyHeaders = new Headers();
const canned = (body: string, status: number) =>
  ({ ok: true, status, headers: emptyHeaders, text: async () => body }) as unknown as Response;
const ours = createClient({
  accountSid: ACCOUNT,
  authToken: "token",
  fetch: async (input) =>
    String(input).endsWith("/Factors") && !String(input).includes("?")
      ? canned(CREATED, 201)
      : canned(LISTED, 200),
});
const theirs = twilio(ACCOUNT, "token", {
  httpClient: {
    request: async (opts: { method: string }) => ({
      statusCode: opts.method.toLowerCase() === "post" ? 201 : 200,
      body: opts.method.toLowerCase() === "post" ? CREATED : LISTED,
      headers: {},
    }),
  } as never,
});

const totp = { factorType: "totp", friendlyName: "Ada", config: { codeLength: 6, skew: 1 } } as const;

async function microseconds(call: () => Promise<unknown>, iterations: number): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await call();
  return Number(process.hrtime.bigint() - started) / 1e3 / iterations;
}

export async function perCall(rounds: number, iterations: number): Promise<Row[]> {
  const calls = {
    oursCreate: () => createFactor(ours, SERVICE, IDENTITY, totp),
    theirsCreate: () =>
      theirs.verify.v2.services(SERVICE).entities(IDENTITY).newFactors.create({
        friendlyName: "Ada",
        factorType: "totp",
        "config.codeLength": 6,
        "config.skew": 1,
      }),
    oursList: () => listFactors(ours, SERVICE, IDENTITY, { pageSize: 20 }),
    theirsList: () => theirs.verify.v2.services(SERVICE).entities(IDENTITY).factors.page({ pageSize: 20 }),
  };
  for (const call of Object.values(calls)) await microseconds(call, iterations); // warm-up
  const r = await alternate(
    rounds,
    Object.fromEntries(
      Object.entries(calls).map(([k, call]) => [k, () => microseconds(call, iterations)]),
    ) as Record<keyof typeof calls, () => Promise<number>>,
  );
  const row = (name: string, a: number, b: number): Row => ({
    comparison: `Per call, ${name} (µs, canned transport; twilio-node)`,
    ours: `${a.toFixed(1)} µs`,
    peer: `${b.toFixed(1)} µs`,
    ratio: `${(b / a).toFixed(1)}x less`,
    target: ">= 3x less",
    pass: b / a >= 3,
  });
  return [
    row("createFactor", r.oursCreate, r.theirsCreate),
    row("listFactors (20 items)", r.oursList, r.theirsList),
  ];
}
