/**
 * Type tests of enums that survive new values, imported by subpath: a response's enum is its known
 * values or any other string (editors offer the known ones), a request's enum only its values. `tsc`
 * fails if either rule is lost: a compiling line stops compiling, or a `@ts-expect-error` is unused.
 */
import type { Verification, UpdateVerificationParams } from "twilio-verify-rest-client/verifications";
import type { VerificationCheck } from "twilio-verify-rest-client/verification-checks";
import type { Factor } from "twilio-verify-rest-client/factors";

// A response enum is open: a value the API adds later is still a Verification status.
export const addedStatus: Verification["status"] = "under_review";
export const addedChannel: Verification["channel"] = "rcs";
export const addedCheckStatus: VerificationCheck["status"] = "under_review";
export const addedFactorStatus: Factor["status"] = "suspended";
// ...and still lists its known values as literals (a plain `string` has none to extract).
export const knownStatus: Extract<Verification["status"], "max_attempts_reached"> = "max_attempts_reached";
export const knownCheckStatus: Extract<VerificationCheck["status"], "approved"> = "approved";
// @ts-expect-error the open arm is a string: other types stay out
export const notAString: Verification["status"] = 1;

// A request enum is closed: only its values.
export const cancel: UpdateVerificationParams = { status: "canceled" };
// @ts-expect-error a Verification is updated to canceled or approved only
export const expire: UpdateVerificationParams = { status: "expired" };
