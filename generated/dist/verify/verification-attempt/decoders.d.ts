import type { VerificationAttempt } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a VerificationAttempt from its wire JSON. */
export declare function decodeVerificationAttempt(wire: Wire["VerificationAttempt"]): VerificationAttempt;
