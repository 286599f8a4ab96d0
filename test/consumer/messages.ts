// Calls with one mistake each, compiled by test/typecheck.test.ts, which asserts that tsc reports
// each where it is and quotes the rule it breaks. A mistake is on a line of its own, marked by a
// comment: `MISTAKE <property> "<the rule tsc must quote>"`, the property being where tsc reports it.
import { createClient } from "twilio-verify-rest-client";
import { createFactor } from "twilio-verify-rest-client/factors";
import { createVerification } from "twilio-verify-rest-client/verifications";
import { createVerificationCheck } from "twilio-verify-rest-client/verification-checks";

const client = createClient({ accountSid: "AC" + "0".repeat(32), authToken: "t" });
const service = "VA" + "0".repeat(32);

export async function mistakes(): Promise<void> {
  // onlyWhen on the discriminator, a nested parameter.
  await createFactor(client, service, "user-0001", {
    factorType: "totp",
    friendlyName: "app",
    config: {
      appId: "com.example", // MISTAKE appId "config.appId is only allowed when factorType is 'push'"
    },
  });
  await createFactor(client, service, "user-0001", {
    factorType: "push",
    friendlyName: "phone",
    binding: { publicKey: "MFkw" },
    config: {
      appId: "a",
      notificationToken: "t",
      sdkVersion: "1",
      codeLength: 6, // MISTAKE codeLength "config.codeLength is only allowed when factorType is 'totp'"
    },
  });
  // onlyWhen on the discriminator, a top-level parameter.
  await createVerification(client, service, {
    to: "+15017122661",
    channel: "sms",
    sendDigits: "1", // MISTAKE sendDigits "sendDigits is only allowed when channel is 'call'"
  });
  // A whole group no parameter of which applies to the discriminator's value.
  await createFactor(client, service, "user-0001", {
    factorType: "passkeys",
    friendlyName: "key",
    config: { appId: "a" }, // MISTAKE appId "config is only allowed when factorType is 'push' or 'totp'"
  });
  // exactlyOneOf, both given: tsc reports it at the parameters object.
  await createVerificationCheck(client, service, {
    // MISTAKE { "to and verificationSid exclude each other: give exactly one"
    to: "+15017122661",
    verificationSid: "VE" + "0".repeat(32),
    code: "1234",
  });
}
