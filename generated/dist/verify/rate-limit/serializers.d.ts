import type { CreateRateLimitParams, ListRateLimitsParams, UpdateRateLimitParams } from "./types.js";
/** Encodes the query string of `listRateLimits`: only the parameters given, under their wire names. */
export declare function encodeListRateLimitsQuery(params: ListRateLimitsParams): string;
/** Encodes the form body of `createRateLimit`: only the parameters given, under their wire names. */
export declare function encodeCreateRateLimitForm(params: CreateRateLimitParams): string;
/** Encodes the form body of `updateRateLimit`: only the parameters given, under their wire names. */
export declare function encodeUpdateRateLimitForm(params: UpdateRateLimitParams): string;
