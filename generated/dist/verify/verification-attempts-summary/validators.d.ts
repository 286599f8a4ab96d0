import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `fetchVerificationAttemptsSummary` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchVerificationAttemptsSummary(params: unknown): ValidationIssue[];
