// Calls with one mistake each, compiled by test/typecheck.test.ts, which asserts that tsc reports
// each at the property at fault, with a message naming it (not "missing notificationToken" for a
// totp factor given a push-only setting). Each mistake is on a line of its own, marked by a comment.
import { createClient } from "twilio-verify-rest-client";
import { createFactor } from "twilio-verify-rest-client/factors";
import { createVerification } from "twilio-verify-rest-client/verifications";

const client = createClient({ accountSid: "AC" + "0".repeat(32), authToken: "t" });
const service = "VA" + "0".repeat(32);

export async function mistakes(): Promise<void> {
  await createFactor(client, service, "user-0001", {
    factorType: "totp",
    friendlyName: "app",
    config: {
      appId: "com.example", // MISTAKE appId
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
      codeLength: 6, // MISTAKE codeLength
    },
  });
  await createVerification(client, service, {
    to: "+15017122661",
    channel: "sms",
    sendDigits: "1", // MISTAKE sendDigits
  });
}
