import type { VerificationCheck } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a VerificationCheck from its wire JSON. */
export declare function decodeVerificationCheck(wire: Wire["VerificationCheck"]): VerificationCheck;
