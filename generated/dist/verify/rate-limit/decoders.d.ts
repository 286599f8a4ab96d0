import type { RateLimit } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a RateLimit from its wire JSON. */
export declare function decodeRateLimit(wire: Wire["RateLimit"]): RateLimit;
