import type { Form } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a Form from its wire JSON. */
export declare function decodeForm(wire: Wire["Form"]): Form;
