import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `createPasskeyFactor` against the spec; returns every problem found (empty when valid). */
export declare function validateCreatePasskeyFactor(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `verifyPasskeyFactor` against the spec; returns every problem found (empty when valid). */
export declare function validateVerifyPasskeyFactor(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `createPasskeyChallenge` against the spec; returns every problem found (empty when valid). */
export declare function validateCreatePasskeyChallenge(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `approvePasskeyChallenge` against the spec; returns every problem found (empty when valid). */
export declare function validateApprovePasskeyChallenge(serviceSid: unknown, params: unknown): ValidationIssue[];
