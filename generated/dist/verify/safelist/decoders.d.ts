import type { Safelist } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a Safelist from its wire JSON. */
export declare function decodeSafelist(wire: Wire["Safelist"]): Safelist;
