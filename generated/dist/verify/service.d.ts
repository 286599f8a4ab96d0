import type { AuthSecurity } from "../runtime/auth.js";
import type { ErrorFields } from "../runtime/errors.js";
/** The Verify API's server URL: scheme, host and any path prefix. */
export declare const VERIFY_BASE_URL: string;
/** Response header that carries the request id, copied into errors. */
export declare const VERIFY_REQUEST_ID_HEADER: string | null;
/** Where the Verify API's error body (TwilioError) keeps its code, message, documentation link and details. */
export declare const VERIFY_ERROR_FIELDS: ErrorFields;
/** The credentials Verify's operations need unless they say otherwise: alternatives, each the auth schemes applied together. */
export declare const VERIFY_SECURITY: AuthSecurity;
