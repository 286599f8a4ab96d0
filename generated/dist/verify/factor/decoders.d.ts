import type { Factor, FactorPushConfig, FactorTotpConfig, NewFactor, NewFactorPushBinding, NewFactorPushConfig, NewFactorTotpBinding, NewFactorTotpConfig } from "./types.js";
import type { Wire } from "../../wire.js";
/** Decodes a Factor from its wire JSON; `factor_type` selects the shape of `config`. */
export declare function decodeFactor(wire: Wire["Factor"]): Factor;
/** Decodes `FactorPushConfig`, inside Factor. */
export declare function decodeFactorPushConfig(wire: Wire["FactorPushConfig"]): FactorPushConfig;
/** Decodes `FactorTotpConfig`, inside Factor. */
export declare function decodeFactorTotpConfig(wire: Wire["FactorTotpConfig"]): FactorTotpConfig;
/** Decodes a NewFactor from its wire JSON; `factor_type` selects the shape of `config` and `binding`. */
export declare function decodeNewFactor(wire: Wire["NewFactor"]): NewFactor;
/** Decodes `NewFactorPushConfig`, inside NewFactor. */
export declare function decodeNewFactorPushConfig(wire: Wire["NewFactorPushConfig"]): NewFactorPushConfig;
/** Decodes `NewFactorTotpConfig`, inside NewFactor. */
export declare function decodeNewFactorTotpConfig(wire: Wire["NewFactorTotpConfig"]): NewFactorTotpConfig;
/** Decodes `NewFactorPushBinding`, inside NewFactor. */
export declare function decodeNewFactorPushBinding(wire: Wire["NewFactorPushBinding"]): NewFactorPushBinding;
/** Decodes `NewFactorTotpBinding`, inside NewFactor. */
export declare function decodeNewFactorTotpBinding(wire: Wire["NewFactorTotpBinding"]): NewFactorTotpBinding;
