import type { VerificationTemplate } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a VerificationTemplate from its wire JSON. */
export declare function decodeVerificationTemplate(wire: Wire["VerificationTemplate"]): VerificationTemplate;
