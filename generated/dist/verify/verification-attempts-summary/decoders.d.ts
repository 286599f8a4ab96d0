import type { VerificationAttemptsSummary } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a VerificationAttemptsSummary from its wire JSON. */
export declare function decodeVerificationAttemptsSummary(wire: Wire["VerificationAttemptsSummary"]): VerificationAttemptsSummary;
