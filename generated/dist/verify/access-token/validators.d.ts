import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `createAccessToken` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateAccessToken(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `fetchAccessToken` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchAccessToken(serviceSid: unknown, sid: unknown): ValidationIssue[];
