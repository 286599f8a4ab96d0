import type { ApprovedPasskeyChallenge, NewPasskeyFactor, PasskeyChallenge, VerifiedPasskeyFactor } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a NewPasskeyFactor from its wire JSON. */
export declare function decodeNewPasskeyFactor(wire: Wire["NewPasskeyFactor"]): NewPasskeyFactor;
/** Decodes a VerifiedPasskeyFactor from its wire JSON. */
export declare function decodeVerifiedPasskeyFactor(wire: Wire["VerifiedPasskeyFactor"]): VerifiedPasskeyFactor;
/** Decodes a PasskeyChallenge from its wire JSON. */
export declare function decodePasskeyChallenge(wire: Wire["PasskeyChallenge"]): PasskeyChallenge;
/** Decodes a ApprovedPasskeyChallenge from its wire JSON. */
export declare function decodeApprovedPasskeyChallenge(wire: Wire["ApprovedPasskeyChallenge"]): ApprovedPasskeyChallenge;
