import type { AccessToken } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a AccessToken from its wire JSON. */
export declare function decodeAccessToken(wire: Wire["AccessToken"]): AccessToken;
