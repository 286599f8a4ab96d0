/** An injected `fetch` that records every request and answers from a handler. */
import { generateKeyPairSync } from "node:crypto";

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string | null;
}

type Answer = Response | Error | Promise<Response>;

/** A fetch whose answers come from `respond`; `requests` lists what it was asked. */
export function fakeFetch(
  respond: (request: RecordedRequest, index: number, signal: AbortSignal | undefined) => Answer,
) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const request = {
      method: init.method ?? "GET",
      url: String(input),
      headers,
      body: typeof init.body === "string" ? init.body : null,
    };
    requests.push(request);
    const answer = respond(request, requests.length - 1, init.signal ?? undefined);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

export const SERVICE_SID = "VA" + "0123456789abcdef".repeat(2);
export const FACTOR_SID = "YF" + "abcdef0123456789".repeat(2);
export const IDENTITY = "ff483d1ff591898a9942916050d2ca3f";
export const ACCOUNT_SID = "AC" + "0".repeat(32);
export const AUTH_TOKEN = "s3cr3t-auth-token-value-0123456789";

/** A real P-256 public key, PKIX DER in Base64, as a push factor's binding needs. */
export const PUBLIC_KEY = generateKeyPairSync("ec", { namedCurve: "P-256" })
  .publicKey.export({ type: "spki", format: "der" })
  .toString("base64");

/** Wire JSON of a factor, as the API returns it. */
export function wireFactor(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sid: FACTOR_SID,
    account_sid: ACCOUNT_SID,
    service_sid: SERVICE_SID,
    entity_sid: "YE" + "1".repeat(32),
    identity: IDENTITY,
    date_created: "2015-07-30T20:00:00Z",
    date_updated: "2015-07-30T20:00:00Z",
    friendly_name: "friendly_name",
    status: "unverified",
    factor_type: "totp",
    config: { alg: "sha1", skew: 1, code_length: 6, time_step: 30 },
    // Sent by create only (NewFactor); other operations' decoders ignore it, as they do any extra field.
    binding: { secret: "JBSWY3DPEHPK3PXP", uri: "otpauth://totp/VA:friendly_name?secret=JBSWY3DPEHPK3PXP" },
    metadata: null,
    url: `https://verify.twilio.com/v2/Services/${SERVICE_SID}/Entities/${IDENTITY}/Factors/${FACTOR_SID}`,
    ...overrides,
  };
}

/** Valid create parameters for each factor type. */
export const PUSH_PARAMS = {
  factorType: "push",
  friendlyName: "Ada's phone",
  binding: { alg: "ES256", publicKey: PUBLIC_KEY },
  config: {
    appId: "com.example.myapp",
    notificationPlatform: "fcm",
    notificationToken: "t".repeat(32),
    sdkVersion: "1.0",
  },
  metadata: { os: "Android" },
} as const;

export const TOTP_PARAMS = {
  factorType: "totp",
  friendlyName: "Ada's authenticator",
  binding: { secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" },
  config: { alg: "sha256", codeLength: 6, skew: 1, timeStep: 30 },
} as const;
