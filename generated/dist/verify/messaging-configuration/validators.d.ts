import type { ValidationIssue } from "../../runtime/errors.js";
/** Checks every argument of `listMessagingConfigurations` against the spec; returns every problem found (empty when valid). */
export declare function validateListMessagingConfigurations(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `streamMessagingConfigurations` against the spec; returns every problem found (empty when valid). */
export declare function validateStreamMessagingConfigurations(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `createMessagingConfiguration` against the spec; returns every problem found (empty when valid). */
export declare function validateCreateMessagingConfiguration(serviceSid: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `fetchMessagingConfiguration` against the spec; returns every problem found (empty when valid). */
export declare function validateFetchMessagingConfiguration(serviceSid: unknown, country: unknown): ValidationIssue[];
/** Checks every argument of `updateMessagingConfiguration` against the spec; returns every problem found (empty when valid). */
export declare function validateUpdateMessagingConfiguration(serviceSid: unknown, country: unknown, params: unknown): ValidationIssue[];
/** Checks every argument of `deleteMessagingConfiguration` against the spec; returns every problem found (empty when valid). */
export declare function validateDeleteMessagingConfiguration(serviceSid: unknown, country: unknown): ValidationIssue[];
