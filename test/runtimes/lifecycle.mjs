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
    created: factor.factorType === "totp" && typeof factor.binding.secret === "string",
    fetched: fetched.sid === factor.sid && fetched.dateCreated instanceof Date,
    listed: page.items.length,
    streamed: streamed.length,
    validation,
    notFound,
  };
}
