import type { ListVerificationAttemptsParams } from "./types.js";
/** Encodes the query string of `listVerificationAttempts`: only the parameters given, under their wire names. */
export declare function encodeListVerificationAttemptsQuery(params: ListVerificationAttemptsParams): string;
