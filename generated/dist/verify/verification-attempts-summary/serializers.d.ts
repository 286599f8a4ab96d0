import type { FetchVerificationAttemptsSummaryParams } from "./types.js";
/** Encodes the query string of `fetchVerificationAttemptsSummary`: only the parameters given, under their wire names. */
export declare function encodeFetchVerificationAttemptsSummaryQuery(params: FetchVerificationAttemptsSummaryParams): string;
