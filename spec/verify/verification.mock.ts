/**
 * Verification's own behaviour in the local mock server: a new verification is `pending` with a
 * code of the Service's `code_length` digits (or the request's `CustomCode`), which the server keeps
 * in the record's private `code` field: tests read it with `server.records("Verification")`, never
 * over the API. It expires after ten minutes. VerificationCheck (verification-check.mock.ts)
 * approves it. Copied into the generated package.
 */
import { randomInt } from "node:crypto";

/** What the mock server hands a hook (see MockContext in the mock runtime). */
interface Context {
  readonly record: Record<string, unknown>;
  readonly form: ReadonlyMap<string, string>;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly now: Date;
  readonly records: { get(path: string): Record<string, unknown> | undefined };
  /** One line for the developer: what the API would have sent (the command-line server prints it). */
  log(line: string): void;
}

/** The record field holding the code sent, which no response model shows. */
export const CODE_FIELD = "code";
/** The record field counting the checks made against the code. */
export const CHECKS_FIELD = "checks";

const TEN_MINUTES = 10 * 60 * 1000;

/** The hooks the generated mock server calls for this resource. */
export const extension = {
  onCreate({ record, form, pathParameters, now, records, log }: Context): void {
    const service = records.get(`/v2/Services/${pathParameters["ServiceSid"]}`);
    const digits = Number(service?.["code_length"] ?? 6) || 6;
    record[CODE_FIELD] = form.get("CustomCode") ?? String(randomInt(0, 10 ** digits)).padStart(digits, "0");
    record[CHECKS_FIELD] = 0;
    record["status"] = "pending";
    record["valid"] = false;
    record["send_code_attempts"] = [
      {
        attempt_sid: `VL${record["sid"] === null ? "" : String(record["sid"]).slice(2)}`,
        channel: record["channel"],
        time: now.toISOString(),
      },
    ];
    log(
      `verification ${String(record["sid"])} sent to ${String(record["to"])} by ${String(record["channel"])}: code ${String(record[CODE_FIELD])}`,
    );
  },

  onRead({ record, now }: { record: Record<string, unknown>; now: Date }): void {
    const created = Date.parse(String(record["date_created"]));
    if (record["status"] === "pending" && created + TEN_MINUTES < now.getTime()) record["status"] = "expired";
  },
};
