/** 3. Validation throughput: the generated create validator against a Zod 4 schema with the same rules. */
import { validateCreateFactor } from "twilio-verify-rest-client";
import { z } from "zod";
import { alternate, type Row } from "./stats.ts";

const SERVICE = "VA" + "0".repeat(32);
const IDENTITY = "ff483d1ff591898a9942916050d2ca3f";
const PUBLIC_KEY =
  "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8GdwtibWe0kpgsFl6xPQBwhtwUEyeJkeozFmi2jiJDzxFSMwVy3kVR1h/dPVYOfgkC0EkfBRJ0J/6xW47FD5vA==";

// The same rules as the spec, in Zod: path patterns and lengths, the push/totp union with each
// variant's required and forbidden parameters, enums, integer ranges, lengths, Base32, DER Base64,
// and the string map with its encoded length.
const base32 =
  /^(?:[A-Z2-7]{8})*(?:[A-Z2-7]{2}={6}|[A-Z2-7]{4}={4}|[A-Z2-7]{5}={3}|[A-Z2-7]{7}=|[A-Z2-7]{2}|[A-Z2-7]{4}|[A-Z2-7]{5}|[A-Z2-7]{7})?$/;
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const isDer = (value: string) => {
  const bytes = Buffer.from(value, "base64");
  if (bytes.length < 2 || bytes[0] !== 0x30) return false;
  let length = bytes[1]!;
  let offset = 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[2 + i]!;
    offset += count;
  }
  return offset + length === bytes.length;
};
const chars = (min: number, max: number) =>
  z.string().refine((s) => [...s].length >= min && [...s].length <= max);
const metadata = z.record(z.string(), z.string()).refine((m) => [...JSON.stringify(m)].length <= 1024);
const common = { friendlyName: chars(0, 64), metadata: metadata.optional() };
const pushSchema = z.strictObject({
  factorType: z.literal("push"),
  ...common,
  binding: z.strictObject({
    alg: z.enum(["ES256"]).optional(),
    publicKey: z.string().regex(base64).refine(isDer),
  }),
  config: z.strictObject({
    appId: chars(0, 100),
    notificationPlatform: z.enum(["apn", "fcm", "none"]).optional(),
    notificationToken: chars(32, 255),
    sdkVersion: z.string(),
  }),
});
const totpSchema = z.strictObject({
  factorType: z.literal("totp"),
  ...common,
  binding: z.strictObject({ secret: z.string().regex(base32).min(1).optional() }).optional(),
  config: z
    .strictObject({
      alg: z.enum(["sha1", "sha256", "sha512"]).optional(),
      codeLength: z.int().min(3).max(8).optional(),
      skew: z.int().min(0).max(2).optional(),
      timeStep: z.int().min(20).max(60).optional(),
    })
    .optional(),
});
const passkeysSchema = z.strictObject({ factorType: z.literal("passkeys"), ...common });
const zodCreate = z.object({
  serviceSid: z
    .string()
    .length(34)
    .regex(/^VA[0-9a-fA-F]{32}$/),
  identity: chars(8, 64).pipe(z.string().regex(/^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$/)),
  params: z.discriminatedUnion("factorType", [pushSchema, totpSchema, passkeysSchema]),
});

const valid = {
  factorType: "push",
  friendlyName: "Ada's phone",
  binding: { alg: "ES256", publicKey: PUBLIC_KEY },
  config: {
    appId: "com.example.myapp",
    notificationPlatform: "fcm",
    notificationToken: "t".repeat(40),
    sdkVersion: "1.0",
  },
  metadata: { os: "Android" },
};
const invalid = {
  factorType: "totp",
  friendlyName: "n".repeat(70),
  binding: { secret: "not base32" },
  config: { codeLength: 9, skew: 5, alg: "md5" },
};

/** Operations per second of `check` over a fixed time slice. */
function opsPerSecond(check: () => unknown, ms = 250): number {
  let n = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) check();
    n += 100;
  }
  return (n / ms) * 1000;
}

export async function validation(rounds: number): Promise<Row[]> {
  // Both agree on what is valid before anything is timed.
  if (
    validateCreateFactor(SERVICE, IDENTITY, valid).length !== 0 ||
    !zodCreate.safeParse({ serviceSid: SERVICE, identity: IDENTITY, params: valid }).success
  )
    throw new Error("valid input rejected");
  if (
    validateCreateFactor(SERVICE, IDENTITY, invalid).length !== 5 ||
    zodCreate.safeParse({ serviceSid: SERVICE, identity: IDENTITY, params: invalid }).success
  )
    throw new Error("invalid input accepted");
  const r = await alternate(rounds, {
    oursValid: () => opsPerSecond(() => validateCreateFactor(SERVICE, IDENTITY, valid)),
    zodValid: () =>
      opsPerSecond(() => zodCreate.safeParse({ serviceSid: SERVICE, identity: IDENTITY, params: valid })),
    oursInvalid: () => opsPerSecond(() => validateCreateFactor(SERVICE, IDENTITY, invalid)),
    zodInvalid: () =>
      opsPerSecond(() => zodCreate.safeParse({ serviceSid: SERVICE, identity: IDENTITY, params: invalid })),
  });
  const row = (name: string, a: number, b: number): Row => ({
    comparison: `Validation, ${name} input (ops/s; Zod 4)`,
    ours: `${Math.round(a).toLocaleString("en-US")}`,
    peer: `${Math.round(b).toLocaleString("en-US")}`,
    ratio: `${(a / b).toFixed(1)}x`,
    target: ">= 5x",
    pass: a / b >= 5,
  });
  return [row("valid", r.oursValid, r.zodValid), row("invalid", r.oursInvalid, r.zodInvalid)];
}
