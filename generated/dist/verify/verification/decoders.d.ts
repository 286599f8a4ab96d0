import type { Verification } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a Verification from its wire JSON. */
export declare function decodeVerification(wire: Wire["Verification"]): Verification;
