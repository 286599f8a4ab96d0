/**
 * A consumer program that imports the generated package by name. `tsc --noEmit` over it must pass:
 * every `@ts-expect-error` line is a rule the types enforce, and the build breaks if one is lost.
 */
import {
  createClient,
  createFactor,
  streamFactors,
  updateFactor,
  ValidationError,
  type CreateFactorParams,
  type Factor,
  type NewFactor,
  type Page,
  type PageMeta,
} from "twilio-verify-rest-client";

const client = createClient({ accountSid: "AC00000000000000000000000000000000", authToken: "token" });
const service = "VA00000000000000000000000000000000";
const identity = "ff483d1ff591898a9942916050d2ca3f";

export const push: CreateFactorParams = {
  factorType: "push",
  friendlyName: "phone",
  binding: { publicKey: "MFkw", alg: "ES256" },
  config: { appId: "com.example", notificationToken: "t", sdkVersion: "1.0", notificationPlatform: "fcm" },
  metadata: { os: "Android" },
};
export const totp: CreateFactorParams = { factorType: "totp", friendlyName: "app", config: { codeLength: 6, alg: "sha1" } };
export const passkeys: CreateFactorParams = { factorType: "passkeys", friendlyName: "key" };

// @ts-expect-error a push factor needs binding.publicKey
export const noKey: CreateFactorParams = { factorType: "push", friendlyName: "p", binding: {}, config: { appId: "a", notificationToken: "t", sdkVersion: "1" } };
// @ts-expect-error a push factor needs config.appId
export const noAppId: CreateFactorParams = { factorType: "push", friendlyName: "p", binding: { publicKey: "k" }, config: { notificationToken: "t", sdkVersion: "1" } };
// @ts-expect-error a push factor needs config.notificationToken
export const noToken: CreateFactorParams = { factorType: "push", friendlyName: "p", binding: { publicKey: "k" }, config: { appId: "a", sdkVersion: "1" } };
// @ts-expect-error a push factor needs config.sdkVersion
export const noSdk: CreateFactorParams = { factorType: "push", friendlyName: "p", binding: { publicKey: "k" }, config: { appId: "a", notificationToken: "t" } };
// @ts-expect-error a push factor needs a binding at all
export const noBinding: CreateFactorParams = { factorType: "push", friendlyName: "p", config: { appId: "a", notificationToken: "t", sdkVersion: "1" } };
export const totpOnPush: CreateFactorParams = {
  factorType: "push",
  friendlyName: "p",
  binding: { publicKey: "k" },
  // @ts-expect-error config.codeLength is totp-only
  config: { appId: "a", notificationToken: "t", sdkVersion: "1", codeLength: 6 },
};
// @ts-expect-error binding.secret is totp-only
export const secretOnPush: CreateFactorParams = { factorType: "push", friendlyName: "p", binding: { publicKey: "k", secret: "JBSWY3DP" }, config: { appId: "a", notificationToken: "t", sdkVersion: "1" } };
// @ts-expect-error config.appId is push-only
export const pushOnTotp: CreateFactorParams = { factorType: "totp", friendlyName: "t", config: { appId: "a" } };
// @ts-expect-error binding.publicKey is push-only
export const keyOnTotp: CreateFactorParams = { factorType: "totp", friendlyName: "t", binding: { publicKey: "k" } };
// @ts-expect-error factorType is an enum
export const badType: CreateFactorParams = { factorType: "sms", friendlyName: "s" };
// @ts-expect-error friendlyName is required
export const noName: CreateFactorParams = { factorType: "totp" };
// @ts-expect-error config.alg is an enum
export const badAlg: CreateFactorParams = { factorType: "totp", friendlyName: "t", config: { alg: "md5" } };
// @ts-expect-error metadata values are strings
export const badMetadata: CreateFactorParams = { factorType: "totp", friendlyName: "t", metadata: { n: 1 } };

export async function use(): Promise<void> {
  const created: NewFactor = await createFactor(client, service, identity, totp);
  if (created.factorType === "totp") {
    const secret: string | null | undefined = created.binding?.secret;
    const digits: number | null | undefined = created.config?.codeLength;
    void secret;
    void digits;
  }
  const when: Date | null = created.dateCreated;
  // @ts-expect-error narrowing is needed before reading a variant's config
  void created.config?.codeLength;
  // A response enum is open: the known values, or one the API adds later.
  const status: "unverified" | "verified" | (string & {}) = created.status;
  void when;
  void status;
  for await (const factor of streamFactors(client, service, identity, { limit: 10 })) {
    const f: Factor = factor;
    void f;
  }
  const updated = await updateFactor(client, service, identity, "YF00000000000000000000000000000000", { authPayload: "123456" });
  void updated;
  // @ts-expect-error updateFactor has no factorType parameter
  await updateFactor(client, service, identity, "YF00000000000000000000000000000000", { factorType: "totp" });
  const page: Page<Factor, PageMeta> | null = null;
  void page;
  try {
    await createFactor(client, service, identity, passkeys);
  } catch (error) {
    if (error instanceof ValidationError) for (const issue of error.issues) void [issue.path, issue.wireName, issue.code, issue.message];
  }
}
