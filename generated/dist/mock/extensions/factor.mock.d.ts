/** What the mock server hands a hook (see MockContext in the mock runtime). */
interface Context {
    readonly record: Record<string, unknown>;
    readonly form: ReadonlyMap<string, string>;
    readonly pathParameters: Readonly<Record<string, string>>;
    readonly now: Date;
    readonly records: {
        get(path: string): Record<string, unknown> | undefined;
    };
}
/**
 * The claims of a compact JWS (`header.claims.signature`, base64url) whose header says ES256 and
 * whose signature verifies with `publicKey` (a base64 P-256 SubjectPublicKeyInfo); else null.
 */
export declare function es256Claims(payload: string, publicKey: string): Record<string, unknown> | null;
/** A TOTP algorithm as the API names it. */
export type TotpAlgorithm = "sha1" | "sha256" | "sha512";
/** RFC 4648 Base32 without padding. */
export declare function base32Encode(bytes: Uint8Array): string;
/** RFC 4648 Base32 decoding (padding optional, case-insensitive). */
export declare function base32Decode(text: string): Uint8Array;
/** The RFC 6238 TOTP code of `secret` (raw key bytes) at `time` (ms since the epoch). */
export declare function totpCode(secret: Uint8Array, time: number, options?: {
    algorithm?: TotpAlgorithm;
    digits?: number;
    period?: number;
}): string;
/** Whether `code` is valid for `secret` at `time`, allowing `skew` periods either way. */
export declare function verifyTotp(secret: Uint8Array, code: string, time: number, options?: {
    algorithm?: TotpAlgorithm;
    digits?: number;
    period?: number;
    skew?: number;
}): boolean;
/** The hooks the generated mock server calls for this resource. */
export declare const extension: {
    createsParent: boolean;
    onCreate({ record, form, pathParameters, records }: Context): void;
    onUpdate({ record, form, now }: Context): void;
};
export {};
