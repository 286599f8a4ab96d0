/**
 * VerificationCheck's own behaviour in the local mock server: a check finds the pending
 * Verification by `VerificationSid` or by `To`, compares `Code` with the code it sent, and approves
 * it when they match; a wrong code answers `pending`. No pending verification is a 404 (code
 * 20404); the sixth check of one verification is a 429 (code 60202), as Verify answers. Copied into
 * the generated package.
 */
import { CHECKS_FIELD, CODE_FIELD, extension as verification } from "./verification.mock.js";

/** What the mock server hands a hook (see MockContext in the mock runtime). */
interface Context {
  readonly record: Record<string, unknown>;
  readonly form: ReadonlyMap<string, string>;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly now: Date;
  readonly records: {
    find(resource: string, where?: Readonly<Record<string, unknown>>): Record<string, unknown>[];
  };
  fail(status: number, message: string, code?: number): never;
}

/** Checks allowed per verification. */
export const MAX_CHECKS = 5;

/** The hooks the generated mock server calls for this resource. */
export const extension = {
  onCreate({ record, form, pathParameters, now, records, fail }: Context): void {
    const service = pathParameters["ServiceSid"];
    const sid = form.get("VerificationSid");
    const candidates = records.find("Verification", {
      service_sid: service,
      ...(sid !== undefined ? { sid } : { to: form.get("To") }),
    });
    for (const candidate of candidates) verification.onRead({ record: candidate, now });
    const target = candidates.filter((v) => v["status"] === "pending").pop();
    if (!target) return fail(404, "The requested resource was not found: no pending verification", 20404);
    const checks = Number(target[CHECKS_FIELD] ?? 0) + 1;
    target[CHECKS_FIELD] = checks;
    if (checks > MAX_CHECKS) return fail(429, "Max check attempts reached", 60202);
    const approved = form.get("Code") === target[CODE_FIELD];
    if (approved) {
      target["status"] = "approved";
      target["valid"] = true;
    }
    for (const field of ["sid", "to", "channel", "amount", "payee"]) record[field] = target[field] ?? null;
    record["status"] = approved ? "approved" : "pending";
    record["valid"] = approved;
  },
};
