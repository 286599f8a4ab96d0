/**
 * Factor's own behaviour in the local mock server (the generic server knows nothing of factors):
 * a totp factor gets a Base32 secret and an otpauth:// URI, a push factor keeps its binding, and an
 * update with AuthPayload verifies a totp factor by RFC 6238, and a push factor by a compact JWS
 * signed with its ES256 key whose claims are `{"sid":"YF…","status":"verified"}` (Twilio's own
 * payload is not public; this is the mock's, as for push challenges). Copied into the generated package.
 */
import { createHmac, createPublicKey, randomBytes, verify } from "node:crypto";

/** What the mock server hands a hook (see MockContext in the mock runtime). */
interface Context {
  readonly record: Record<string, unknown>;
  readonly form: ReadonlyMap<string, string>;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly now: Date;
  readonly records: { get(path: string): Record<string, unknown> | undefined };
}

/**
 * The claims of a compact JWS (`header.claims.signature`, base64url) whose header says ES256 and
 * whose signature verifies with `publicKey` (a base64 P-256 SubjectPublicKeyInfo); else null.
 */
export function es256Claims(payload: string, publicKey: string): Record<string, unknown> | null {
  const parts = payload.split(".");
  if (parts.length !== 3) return null;
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, "base64"), format: "der", type: "spki" });
    const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
    const signature = Buffer.from(parts[2]!, "base64url");
    if (!verify("sha256", signed, { key, dsaEncoding: "ieee-p1363" }, signature)) return null;
    const header = JSON.parse(Buffer.from(parts[0]!, "base64url").toString("utf8")) as { alg?: unknown };
    if (header.alg !== "ES256") return null;
    return JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** A TOTP algorithm as the API names it. */
export type TotpAlgorithm = "sha1" | "sha256" | "sha512";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 Base32 without padding. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** RFC 4648 Base32 decoding (padding optional, case-insensitive). */
export function base32Decode(text: string): Uint8Array {
  const clean = text.replace(/=+$/, "").toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`not Base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/** The RFC 6238 TOTP code of `secret` (raw key bytes) at `time` (ms since the epoch). */
export function totpCode(
  secret: Uint8Array,
  time: number,
  options: { algorithm?: TotpAlgorithm; digits?: number; period?: number } = {},
): string {
  const { algorithm = "sha1", digits = 6, period = 30 } = options;
  const counter = Math.floor(time / 1000 / period);
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac(algorithm, secret).update(message).digest();
  const offset = hmac[hmac.length - 1]! & 0x0f;
  const binary =
    ((hmac[offset]! & 0x7f) << 24) | (hmac[offset + 1]! << 16) | (hmac[offset + 2]! << 8) | hmac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** Whether `code` is valid for `secret` at `time`, allowing `skew` periods either way. */
export function verifyTotp(
  secret: Uint8Array,
  code: string,
  time: number,
  options: { algorithm?: TotpAlgorithm; digits?: number; period?: number; skew?: number } = {},
): boolean {
  const { skew = 1, period = 30 } = options;
  for (let step = -skew; step <= skew; step++) {
    if (totpCode(secret, time + step * period * 1000, options) === code) return true;
  }
  return false;
}

function config(record: Record<string, unknown>): Record<string, unknown> {
  const value = record["config"];
  if (typeof value === "object" && value !== null) return value as Record<string, unknown>;
  return (record["config"] = {});
}

/** The hooks the generated mock server calls for this resource. */
export const extension = {
  // Verify creates the Entity (the user) with its first Factor: no separate call is needed.
  createsParent: true,

  onCreate({ record, form, pathParameters, records }: Context): void {
    // The Entity this factor belongs to, by its path (a lookup, not a scan of every record).
    const entity = records.get(
      `/v2/Services/${pathParameters["ServiceSid"]}/Entities/${pathParameters["Identity"]}`,
    );
    if (entity) record["entity_sid"] = entity["sid"];
    if (record["factor_type"] === "totp") {
      const secret = form.get("Binding.Secret") ?? base32Encode(randomBytes(20));
      const settings = config(record);
      settings["alg"] ??= "sha1";
      const issuer = pathParameters["ServiceSid"] ?? "Verify";
      const account = String(record["friendly_name"] ?? "");
      const uri =
        `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(account)}` +
        `?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=${String(settings["alg"]).toUpperCase()}` +
        `&digits=${String(settings["code_length"])}&period=${String(settings["time_step"])}`;
      record["binding"] = { secret, uri };
    } else if (record["factor_type"] === "push") {
      record["binding"] = {
        alg: form.get("Binding.Alg") ?? "ES256",
        public_key: form.get("Binding.PublicKey") ?? null,
      };
    }
  },

  onUpdate({ record, form, now }: Context): void {
    const payload = form.get("AuthPayload");
    if (payload === undefined || record["status"] === "verified") return;
    if (record["factor_type"] === "push") {
      const key = (record["binding"] as { public_key?: string | null } | null)?.public_key;
      const claims = key ? es256Claims(payload, key) : null;
      if (claims?.["sid"] === record["sid"] && claims?.["status"] === "verified")
        record["status"] = "verified";
      return;
    }
    if (record["factor_type"] !== "totp") return;
    const binding = record["binding"] as { secret?: string } | null;
    const settings = config(record);
    if (!binding?.secret) return;
    const ok = verifyTotp(base32Decode(binding.secret), payload, now.getTime(), {
      algorithm: settings["alg"] as TotpAlgorithm,
      digits: Number(settings["code_length"]),
      period: Number(settings["time_step"]),
      skew: Number(settings["skew"]),
    });
    // A wrong code leaves the factor unverified, as the API does.
    if (ok) record["status"] = "verified";
  },
};
