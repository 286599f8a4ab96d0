/**
 * The command-line local server prints what the API would have sent, one line each: the code of
 * every verification it creates and every challenge, so a developer (or a test driving the command)
 * can read them. The line read here is the one used: checking with its code approves the verification.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import {
  createChallenge,
  createClient,
  createFactor,
  createService,
  createVerification,
  createVerificationCheck,
} from "twilio-verify-rest-client";
import { ROOT } from "../helpers/paths.ts";

describe("the command-line server's log", () => {
  it("prints one line per verification (with its code) and per challenge", { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, [join(ROOT, "generated/dist/mock/cli.js"), "--port", "0"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines: string[] = [];
    const waiting: ((line: string) => void)[] = [];
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const next = waiting.shift();
      if (next) next(line);
      else lines.push(line);
    });
    const nextLine = () =>
      new Promise<string>((resolve) => (lines.length ? resolve(lines.shift()!) : waiting.push(resolve)));
    try {
      const url = /listening on (\S+)/.exec(await nextLine())![1]!;
      const client = createClient({ accountSid: "AC" + "0".repeat(32), authToken: "x", baseUrl: url });
      const service = await createService(client, { friendlyName: "Log" });
      const verification = await createVerification(client, service.sid, {
        to: "+15017122661",
        channel: "sms",
      });
      const line = await nextLine();
      expect(line).toMatch(
        new RegExp(`^verification ${verification.sid} sent to \\+15017122661 by sms: code \\d{6}$`),
      );
      const code = /code (\d+)$/.exec(line)![1]!;
      const check = await createVerificationCheck(client, service.sid, {
        verificationSid: verification.sid,
        code,
      });
      expect(check.status).toBe("approved");

      const factor = await createFactor(client, service.sid, "user-0001", {
        factorType: "totp",
        friendlyName: "phone",
      });
      const challenge = await createChallenge(client, service.sid, "user-0001", { factorSid: factor.sid });
      expect(await nextLine()).toMatch(
        new RegExp(`^challenge ${challenge.sid} for totp factor ${factor.sid}: pending, expires \\S+$`),
      );
      expect(lines).toEqual([]);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
