// The lifecycle every runtime runs against the local server: plain JavaScript, no runtime-specific
// API, so the same file proves the package in Node (ESM and require), Deno, Bun and a browser.
// `pkg` is the package's root module; the result is a JSON-able summary the test compares.
export async function lifecycle(pkg, baseUrl) {
  const client = pkg.createClient({ accountSid: "AC" + "0".repeat(32), authToken: "runtime", baseUrl });
  const service = await pkg.createService(client, { friendlyName: "Runtime matrix" });
  const identity = "runtime-user-0001";
  const factor = await pkg.createFactor(client, service.sid, identity, {
    factorType: "totp",
    friendlyName: "authenticator",
    config: { codeLength: 6 },
  });
  const fetched = await pkg.fetchFactor(client, service.sid, identity, factor.sid);
  const page = await pkg.listFactors(client, service.sid, identity, { pageSize: 1 });
  const streamed = [];
  for await (const f of pkg.streamFactors(client, service.sid, identity)) streamed.push(f.sid);
  let validation = null;
  try {
    await pkg.createFactor(client, service.sid, identity, {
      factorType: "push",
      friendlyName: "x".repeat(65),
    });
  } catch (error) {
    validation = { instanceOf: error instanceof pkg.ValidationError, count: error.issues.length };
  }
  await pkg.deleteFactor(client, service.sid, identity, factor.sid);
  let notFound = null;
  try {
    await pkg.fetchFactor(client, service.sid, identity, factor.sid);
  } catch (error) {
    notFound = { instanceOf: error instanceof pkg.NotFoundError, status: error.status, code: error.code };
  }
  return {
    webhook: await webhook(pkg),
    created: factor.factorType === "totp" && typeof factor.binding.secret === "string",
    fetched: fetched.sid === factor.sid && fetched.dateCreated instanceof Date,
    listed: page.items.length,
    streamed: streamed.length,
    validation,
    notFound,
  };
}

// A Verify Push webhook as Twilio signs it (the signature computed by twilio-node's
// getExpectedTwilioSignature): the generated validators on WebCrypto alone, in every runtime.
const HOOK_URL = "https://example.com/hooks?x=1";
const HOOK_PARAMS = {
  type: "factor.verified",
  uuid: "u-1",
  account_sid: "AC" + "0".repeat(32),
  service_sid: "VA" + "1".repeat(32),
  entity_identity: "runtime-user-0001",
  factor_sid: "YF" + "2".repeat(32),
  factor_type: "push",
  note: ["é", "a"],
};
const HOOK_SIGNATURE = "ZZGDO9fmLM4NCOiEGtq3WBdvqIc=";

async function webhook(pkg) {
  const genuine = await pkg.validateRequest("runtime-token", HOOK_SIGNATURE, HOOK_URL, HOOK_PARAMS);
  const tampered = await pkg.validateRequest("runtime-token", HOOK_SIGNATURE, HOOK_URL, {
    ...HOOK_PARAMS,
    factor_sid: "YF" + "3".repeat(32),
  });
  const body = new URLSearchParams(
    Object.entries(HOOK_PARAMS).flatMap(([k, v]) => [v].flat().map((x) => [k, x])),
  );
  const request = new Request(HOOK_URL, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": HOOK_SIGNATURE },
    body: body.toString(),
  });
  const { valid, event } = await pkg.validateWebhookRequest(request, "runtime-token");
  return { genuine, tampered, request: valid, event: event?.type ?? null };
}
