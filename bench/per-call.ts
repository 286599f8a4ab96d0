/**
 * 2. Per-call overhead against twilio-node, both over a canned transport: createFactor, listFactors
 * (with its floor: parsing the same body and making its Dates), and one operation of each other
 * shape (a form create of another resource, an action with a JSON body, a singleton).
 */
import twilio from "twilio";
import { createClient, createFactor, listFactors } from "twilio-verify-rest-client";
import { approvePasskeyChallenge } from "twilio-verify-rest-client/passkeys";
import { fetchVerificationAttemptsSummary } from "twilio-verify-rest-client/verification-attempts-summary";
import { createVerification } from "twilio-verify-rest-client/verifications";
import { paired, type Row } from "./stats.ts";

export const ACCOUNT = "AC" + "0".repeat(32);
export const SERVICE = "VA" + "0".repeat(32);
export const IDENTITY = "ff483d1ff591898a9942916050d2ca3f";
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

const VERIFICATION = JSON.stringify({
  sid: "VE" + "0".repeat(32),
  service_sid: SERVICE,
  account_sid: ACCOUNT,
  to: "+15017122661",
  channel: "sms",
  status: "pending",
  valid: false,
  lookup: {},
  amount: null,
  payee: null,
  send_code_attempts: [{ time: "2015-07-30T20:00:00Z", channel: "SMS", attempt_sid: "VL" + "0".repeat(32) }],
  date_created: "2015-07-30T20:00:00Z",
  date_updated: "2015-07-30T20:00:00Z",
  sna: null,
  url: `https://verify.twilio.com/v2/Services/${SERVICE}/Verifications/VE${"0".repeat(32)}`,
});
const APPROVED = JSON.stringify({
  sid: "YC" + "0".repeat(32),
  account_sid: ACCOUNT,
  service_sid: SERVICE,
  entity_sid: "YE" + "0".repeat(32),
  identity: IDENTITY,
  factor_sid: "YF" + "0".repeat(32),
  date_created: "2015-07-30T20:00:00Z",
  date_updated: "2015-07-30T20:00:00Z",
  date_responded: "2015-07-30T20:00:00Z",
  expiration_date: "2015-07-30T20:05:00Z",
  status: "approved",
  responded_reason: "none",
  details: null,
  hidden_details: null,
  metadata: null,
  factor_type: "passkeys",
  url: `https://verify.twilio.com/v2/Services/${SERVICE}/Entities/${IDENTITY}/Challenges/YC${"0".repeat(32)}`,
  links: {},
  options: {},
});
const SUMMARY = JSON.stringify({
  total_attempts: 10,
  total_converted: 7,
  total_unconverted: 3,
  conversion_rate_percentage: "70",
  url: "https://verify.twilio.com/v2/Attempts/Summary",
});
const ASSERTION = {
  id: "Y3JlZA",
  rawId: "Y3JlZA",
  authenticatorAttachment: "platform",
  response: { authenticatorData: "SZYN5Y", clientDataJSON: "eyJ9", signature: "MEUCIQ" },
} as const;

/** The canned body for a request, by its path. */
function bodyFor(url: string, method: string): [string, number] {
  if (url.includes("/Passkeys/ApproveChallenge")) return [APPROVED, 200];
  if (url.includes("/Attempts/Summary")) return [SUMMARY, 200];
  if (url.includes("/Verifications")) return [VERIFICATION, 201];
  if (method.toUpperCase() === "POST") return [CREATED, 201];
  return [LISTED, 200];
}

// The transport boundary: a canned answer with no I/O, shaped as each client's transport returns it.
const emptyHeaders = new Headers();
const canned = (body: string, status: number) =>
  ({ ok: true, status, headers: emptyHeaders, text: async () => body }) as unknown as Response;
/** A fetch answering every request with its canned body at once. */
export const cannedFetch: typeof fetch = async (input, init) =>
  canned(...bodyFor(String(input), init?.method ?? "GET"));
const ours = createClient({ accountSid: ACCOUNT, authToken: "token", fetch: cannedFetch });
const theirs = twilio(ACCOUNT, "token", {
  httpClient: {
    request: async (opts: { method: string; uri: string }) => {
      const [body, statusCode] = bodyFor(opts.uri, opts.method);
      return { statusCode, body, headers: {} };
    },
  } as never,
});

export const totp = { factorType: "totp", friendlyName: "Ada", config: { codeLength: 6, skew: 1 } } as const;

/** The mean time of one call over `iterations` sequential calls, in microseconds. */
export async function microseconds(call: () => Promise<unknown>, iterations: number): Promise<number> {
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
    // The floor of a list call: parsing the page and making the 40 Dates its items hold.
    floorList: async () => {
      const page = JSON.parse(LISTED) as { factors: { date_created: string; date_updated: string }[] };
      for (const f of page.factors) {
        new Date(f.date_created);
        new Date(f.date_updated);
      }
      return page;
    },
    oursVerification: () => createVerification(ours, SERVICE, { to: "+15017122661", channel: "sms" }),
    theirsVerification: () =>
      theirs.verify.v2.services(SERVICE).verifications.create({ to: "+15017122661", channel: "sms" }),
    oursApprove: () => approvePasskeyChallenge(ours, SERVICE, ASSERTION),
    theirsApprove: () => theirs.verify.v2.services(SERVICE).approveChallenge.update(ASSERTION as never),
    oursSummary: () => fetchVerificationAttemptsSummary(ours),
    theirsSummary: () => theirs.verify.v2.verificationAttemptsSummary().fetch(),
  };
  for (const call of Object.values(calls)) await microseconds(call, iterations); // warm-up
  // Each comparison by the paired method: short alternating batches (a tenth of the iterations),
  // CPU time, a forced GC before each, the median of per-pair ratios.
  const pairs = Math.max(15, rounds * 3);
  const batch = Math.max(200, Math.round(iterations / 10));
  const compare = async (a: () => Promise<unknown>, b: () => Promise<unknown>) => {
    const p = await paired(a, b, pairs, batch);
    return { ours: p.a, peer: p.b, ratio: p.bOverA };
  };
  const create = await compare(calls.oursCreate, calls.theirsCreate);
  const list = await compare(calls.oursList, calls.theirsList);
  const floor = await compare(calls.floorList, calls.oursList);
  const verification = await compare(calls.oursVerification, calls.theirsVerification);
  const approve = await compare(calls.oursApprove, calls.theirsApprove);
  const summary = await compare(calls.oursSummary, calls.theirsSummary);
  const row = (name: string, p: { ours: number; peer: number; ratio: number }, times = 3): Row => ({
    comparison: `Per call, ${name} (CPU µs, canned transport, paired batches; twilio-node)`,
    ours: `${p.ours.toFixed(1)} µs`,
    peer: `${p.peer.toFixed(1)} µs`,
    ratio: `${p.ratio.toFixed(1)}x less`,
    target: `>= ${times}x less`,
    pass: p.ratio >= times,
  });
  return [
    row("createFactor", create),
    row("listFactors (20 items)", list, 2.5),
    {
      comparison: "Per call, listFactors against its floor (JSON.parse of the page + its 40 Dates; paired)",
      ours: `${floor.peer.toFixed(1)} µs`,
      peer: `${floor.ours.toFixed(1)} µs`,
      ratio: `${floor.ratio.toFixed(1)}x the floor`,
      target: "<= 1.5x",
      pass: floor.ratio <= 1.5,
    },
    row("createVerification, a form create of another resource", verification),
    row("approvePasskeyChallenge, an action with a JSON body", approve),
    row("fetchVerificationAttemptsSummary, a singleton", summary),
  ];
}
