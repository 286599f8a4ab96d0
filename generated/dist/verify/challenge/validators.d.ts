import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `listChallenges` against the spec; returns every problem found (empty when valid). */
export declare function validateListChallenges(serviceSid: unknown, identity: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `streamChallenges` against the spec; returns every problem found (empty when valid). */
export declare function validateStreamChallenges(serviceSid: unknown, identity: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `createChallenge` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateChallenge(serviceSid: unknown, identity: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `fetchChallenge` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchChallenge(serviceSid: unknown, identity: unknown, sid: unknown): ValidationIssue[];
/** Checks every argument of `updateChallenge` against the spec; returns every problem found (empty when valid). */
export declare function validateUpdateChallenge(serviceSid: unknown, identity: unknown, sid: unknown, params: unknown): ValidationIssue[];
