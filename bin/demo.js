#!/usr/bin/env node
// `npm run demo`: starts the local Verify server on a free port and walks through a Factor's life
// with the generated client, printing each step.
import {
  createClient,
  createFactor,
  createService,
  deleteFactor,
  fetchFactor,
  listFactors,
  NotFoundError,
  streamFactors,
  updateFactor,
} from "twilio-verify-rest-client";
import { factorMock, start } from "twilio-verify-rest-client/mock";

const step = (n, text) => console.log(`\n${n}. ${text}`);
const server = await start();
console.log(`Local Verify server listening on ${server.url}`);
try {
  const client = createClient({
    accountSid: "AC" + "0".repeat(32),
    authToken: "demo-token",
    baseUrl: server.url,
  });
  const identity = "demo-user-0001";

  step(0, "createService: the Verify Service the factor belongs to");
  const serviceSid = (await createService(client, { friendlyName: "Demo" })).sid;
  console.log(`   service ${serviceSid}`);

  step(1, "createFactor: a totp factor, letting the server generate the secret");
  const factor = await createFactor(client, serviceSid, identity, {
    factorType: "totp",
    friendlyName: "Demo authenticator",
  });
  console.log(`   sid ${factor.sid}, status ${factor.status}`);
  console.log(`   binding.uri ${factor.binding.uri}`);

  step(2, "compute the current code from binding.secret, as an authenticator app would");
  const code = factorMock.totpCode(factorMock.base32Decode(factor.binding.secret), Date.now(), {
    algorithm: factor.config.alg,
    digits: factor.config.codeLength,
    period: factor.config.timeStep,
  });
  console.log(`   code ${code}`);

  step(3, "updateFactor with authPayload: verifies the factor");
  const verified = await updateFactor(client, serviceSid, identity, factor.sid, { authPayload: code });
  console.log(`   status ${verified.status}`);

  step(4, "fetchFactor");
  const fetched = await fetchFactor(client, serviceSid, identity, factor.sid);
  console.log(
    `   ${fetched.friendlyName}: ${fetched.factorType}, ${fetched.status}, created ${fetched.dateCreated.toISOString()}`,
  );

  step(5, "listFactors: one page");
  const page = await listFactors(client, serviceSid, identity, { pageSize: 20 });
  console.log(`   ${page.items.length} item(s) on page ${page.meta.page}, hasNextPage ${page.hasNextPage}`);

  step(6, "streamFactors: every factor, pages fetched lazily");
  for await (const f of streamFactors(client, serviceSid, identity, { limit: 10 }))
    console.log(`   ${f.sid} ${f.status}`);

  step(7, "deleteFactor, then fetchFactor again");
  await deleteFactor(client, serviceSid, identity, factor.sid);
  try {
    await fetchFactor(client, serviceSid, identity, factor.sid);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    console.log(`   ${error.name}: HTTP ${error.status}, code ${error.code}`);
  }
} finally {
  await server.close();
}
console.log("\nDone.");
