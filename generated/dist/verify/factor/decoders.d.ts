import type { Factor, FactorPushConfig, FactorTotpConfig, NewFactor, NewFactorPushBinding, NewFactorPushConfig, NewFactorTotpBinding, NewFactorTotpConfig } from "./types.js";
import type { components } from "../../wire.js";
type Wire = components["schemas"];
/** Decodes a Factor from its wire JSON; `factor_type` selects the shape of `config`. */
export declare function decodeFactor(wire: Wire["Factor"]): Factor;
/** Decodes `config` of a push Factor. */
export declare function decodeFactorPushConfig(wire: Wire["FactorPushConfig"]): FactorPushConfig;
/** Decodes `config` of a totp Factor. */
export declare function decodeFactorTotpConfig(wire: Wire["FactorTotpConfig"]): FactorTotpConfig;
/** Decodes a NewFactor from its wire JSON; `factor_type` selects the shape of `config` and `binding`. */
export declare function decodeNewFactor(wire: Wire["NewFactor"]): NewFactor;
/** Decodes `config` of a push NewFactor. */
export declare function decodeNewFactorPushConfig(wire: Wire["NewFactorPushConfig"]): NewFactorPushConfig;
/** Decodes `binding` of a push NewFactor. */
export declare function decodeNewFactorPushBinding(wire: Wire["NewFactorPushBinding"]): NewFactorPushBinding;
/** Decodes `config` of a totp NewFactor. */
export declare function decodeNewFactorTotpConfig(wire: Wire["NewFactorTotpConfig"]): NewFactorTotpConfig;
/** Decodes `binding` of a totp NewFactor. */
export declare function decodeNewFactorTotpBinding(wire: Wire["NewFactorTotpBinding"]): NewFactorTotpBinding;
export {};
