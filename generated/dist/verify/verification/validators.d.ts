import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `createVerification` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateVerification(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `fetchVerification` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchVerification(serviceSid: unknown, sid: unknown): ValidationIssue[];
/** Checks every argument of `updateVerification` against the spec; returns every problem found (empty when valid). */
export declare function validateUpdateVerification(serviceSid: unknown, sid: unknown, params: unknown): ValidationIssue[];
