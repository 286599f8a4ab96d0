import type { Client } from "../../runtime/client.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { ApprovePasskeyChallengeParams, ApprovedPasskeyChallenge, CreatePasskeyChallengeParams, CreatePasskeyFactorParams, NewPasskeyFactor, PasskeyChallenge, VerifiedPasskeyFactor, VerifyPasskeyFactorParams } from "./types.js";
/**
 * Create a new Passkeys Factor for the Entity
 * `POST /v2/Services/{ServiceSid}/Passkeys/Factors` (operation `CreateNewFactorPasskey`), answered with HTTP 201.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createPasskeyFactor(client: Client, serviceSid: string, params: CreatePasskeyFactorParams, options?: RequestOptions): Promise<NewPasskeyFactor>;
/**
 * Create a new Passkeys Factor for the Entity
 * `POST /v2/Services/{ServiceSid}/Passkeys/Factors` (operation `CreateNewFactorPasskey`), answered with HTTP 201.
 * Like `createPasskeyFactor`, with the HTTP status and headers.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createPasskeyFactorWithResponse(client: Client, serviceSid: string, params: CreatePasskeyFactorParams, options?: RequestOptions): Promise<ApiResponse<NewPasskeyFactor>>;
/**
 * Verify a Passkeys Factor
 * `POST /v2/Services/{ServiceSid}/Passkeys/VerifyFactor` (operation `UpdatePasskeysFactor`), answered with HTTP 200.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function verifyPasskeyFactor(client: Client, serviceSid: string, params: VerifyPasskeyFactorParams, options?: RequestOptions): Promise<VerifiedPasskeyFactor>;
/**
 * Verify a Passkeys Factor
 * `POST /v2/Services/{ServiceSid}/Passkeys/VerifyFactor` (operation `UpdatePasskeysFactor`), answered with HTTP 200.
 * Like `verifyPasskeyFactor`, with the HTTP status and headers.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function verifyPasskeyFactorWithResponse(client: Client, serviceSid: string, params: VerifyPasskeyFactorParams, options?: RequestOptions): Promise<ApiResponse<VerifiedPasskeyFactor>>;
/**
 * Create a Passkeys Challenge
 * `POST /v2/Services/{ServiceSid}/Passkeys/Challenges` (operation `CreateChallengePasskeys`), answered with HTTP 201.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createPasskeyChallenge(client: Client, serviceSid: string, params?: CreatePasskeyChallengeParams, options?: RequestOptions): Promise<PasskeyChallenge>;
/**
 * Create a Passkeys Challenge
 * `POST /v2/Services/{ServiceSid}/Passkeys/Challenges` (operation `CreateChallengePasskeys`), answered with HTTP 201.
 * Like `createPasskeyChallenge`, with the HTTP status and headers.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function createPasskeyChallengeWithResponse(client: Client, serviceSid: string, params?: CreatePasskeyChallengeParams, options?: RequestOptions): Promise<ApiResponse<PasskeyChallenge>>;
/**
 * Approve a Passkeys Challenge
 * `POST /v2/Services/{ServiceSid}/Passkeys/ApproveChallenge` (operation `UpdateChallengePasskeys`), answered with HTTP 200.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function approvePasskeyChallenge(client: Client, serviceSid: string, params: ApprovePasskeyChallengeParams, options?: RequestOptions): Promise<ApprovedPasskeyChallenge>;
/**
 * Approve a Passkeys Challenge
 * `POST /v2/Services/{ServiceSid}/Passkeys/ApproveChallenge` (operation `UpdateChallengePasskeys`), answered with HTTP 200.
 * Like `approvePasskeyChallenge`, with the HTTP status and headers.
 * @param serviceSid - The unique SID identifier of the Service.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function approvePasskeyChallengeWithResponse(client: Client, serviceSid: string, params: ApprovePasskeyChallengeParams, options?: RequestOptions): Promise<ApiResponse<ApprovedPasskeyChallenge>>;
