import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `createVerificationCheck` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateVerificationCheck(serviceSid: unknown, params: unknown): ValidationIssue[];
