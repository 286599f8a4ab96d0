import type { Challenge } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a Challenge from its wire JSON. */
export declare function decodeChallenge(wire: Wire["Challenge"]): Challenge;
