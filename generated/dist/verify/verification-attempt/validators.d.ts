import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `listVerificationAttempts` against the spec; returns every problem found (empty when valid). */
export declare function validateListVerificationAttempts(params: unknown): ValidationIssue[];
/** Checks every argument of `streamVerificationAttempts` against the spec; returns every problem found (empty when valid). */
export declare function validateStreamVerificationAttempts(params: unknown): ValidationIssue[];
/** Checks every argument of `fetchVerificationAttempt` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchVerificationAttempt(sid: unknown): ValidationIssue[];
