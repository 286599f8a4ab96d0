import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `listWebhooks` against the spec; returns every problem found (empty when valid). */
export declare function validateListWebhooks(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `streamWebhooks` against the spec; returns every problem found (empty when valid). */
export declare function validateStreamWebhooks(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `createWebhook` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateWebhook(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `fetchWebhook` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchWebhook(serviceSid: unknown, sid: unknown): ValidationIssue[];
/** Checks every argument of `updateWebhook` against the spec; returns every problem found (empty when valid). */
export declare function validateUpdateWebhook(serviceSid: unknown, sid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `deleteWebhook` against the spec; returns every problem found (empty when valid). */
export declare function validateDeleteWebhook(serviceSid: unknown, sid: unknown): ValidationIssue[];
