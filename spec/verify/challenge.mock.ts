/**
 * Challenge's own behaviour in the local mock server. A challenge belongs to one of its Entity's
 * Factors and starts `pending`, expiring at `expiration_date` (five minutes unless asked). A totp
 * challenge created or updated with the current code is `approved` at once; a wrong code leaves it
 * pending. A push challenge is answered by an update whose `AuthPayload` is a compact JWS signed
 * with the factor's ES256 key (Twilio's own push payload is not public; this is the mock's):
 *
 *   base64url({"alg":"ES256"}) . base64url({"sid":"YC…","status":"approved"|"denied"}) . base64url(r||s)
 *
 * where `sid` is the challenge's and the signature is over the first two parts, as JWS defines.
 * Copied into the generated package.
 */
import { base32Decode, es256Claims, verifyTotp, type TotpAlgorithm } from "./factor.mock.js";

/** What the mock server hands a hook (see MockContext in the mock runtime). */
interface Context {
  readonly record: Record<string, unknown>;
  readonly form: ReadonlyMap<string, string>;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly now: Date;
  readonly records: { get(path: string): Record<string, unknown> | undefined };

  fail(status: number, message: string, code?: number): never;
  /** One line for the developer: what the API would have sent (the command-line server prints it). */
  log(line: string): void;
}

const FIVE_MINUTES = 5 * 60 * 1000;

/** A date as the API writes it: ISO 8601 without milliseconds, as the server stores its own stamps. */
const apiDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** The Factor a challenge names, in its own Service and Entity; a 404 when there is none. */
function factorOf({ pathParameters, records, fail }: Context, sid: unknown): Record<string, unknown> {
  const entity = `/v2/Services/${pathParameters["ServiceSid"]}/Entities/${pathParameters["Identity"]}`;
  const factor = records.get(`${entity}/Factors/${String(sid)}`);
  return factor ?? fail(404, `The requested resource Factor ${String(sid)} was not found`, 20404);
}

function respond(record: Record<string, unknown>, status: "approved" | "denied", now: Date): void {
  record["status"] = status;
  record["responded_reason"] = "none";
  record["date_responded"] = apiDate(now);
}

function totpMatches(factor: Record<string, unknown>, code: string, now: Date): boolean {
  const secret = (factor["binding"] as { secret?: string } | null)?.secret;
  const config = (factor["config"] ?? {}) as Record<string, unknown>;
  return (
    typeof secret === "string" &&
    verifyTotp(base32Decode(secret), code, now.getTime(), {
      algorithm: config["alg"] as TotpAlgorithm,
      digits: Number(config["code_length"]),
      period: Number(config["time_step"]),
      skew: Number(config["skew"]),
    })
  );
}

/** The answer a push AuthPayload carries, when its signature verifies with the factor's key; else null. */
export function pushAnswer(
  payload: string,
  publicKey: string,
  challengeSid: string,
): "approved" | "denied" | null {
  const claims = es256Claims(payload, publicKey);
  if (claims?.["sid"] !== challengeSid) return null;
  return claims["status"] === "approved" || claims["status"] === "denied" ? claims["status"] : null;
}

/** The hooks the generated mock server calls for this resource. */
export const extension = {
  onCreate(context: Context): void {
    const { record, form, now } = context;
    const factor = factorOf(context, form.get("FactorSid"));
    record["factor_type"] = factor["factor_type"];
    record["entity_sid"] = factor["entity_sid"];
    record["status"] = "pending";
    record["responded_reason"] = "none";
    record["expiration_date"] ??= apiDate(new Date(now.getTime() + FIVE_MINUTES));
    const code = form.get("AuthPayload");
    if (code !== undefined && factor["factor_type"] === "totp" && totpMatches(factor, code, now))
      respond(record, "approved", now);
    context.log(
      `challenge ${String(record["sid"])} for ${String(factor["factor_type"])} factor ${String(record["factor_sid"])}: ${String(record["status"])}, expires ${String(record["expiration_date"])}`,
    );
  },

  onUpdate(context: Context): void {
    const { record, form, now, fail } = context;
    const payload = form.get("AuthPayload");
    if (payload === undefined) return;
    if (record["status"] !== "pending")
      fail(400, `The challenge is ${String(record["status"])}, no longer pending`, 60311);
    const factor = factorOf(context, record["factor_sid"]);
    if (factor["factor_type"] === "totp") {
      if (totpMatches(factor, payload, now)) respond(record, "approved", now);
      return;
    }
    const key = (factor["binding"] as { public_key?: string } | null)?.public_key;
    const answer = key ? pushAnswer(payload, key, String(record["sid"])) : null;
    if (answer === null) return fail(400, "AuthPayload is not a payload signed by the factor's key", 60318);
    respond(record, answer, now);
  },

  onRead({ record, now }: { record: Record<string, unknown>; now: Date }): void {
    const expires = Date.parse(String(record["expiration_date"]));
    if (record["status"] === "pending" && expires < now.getTime()) record["status"] = "expired";
  },
};
