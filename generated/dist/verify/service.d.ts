/** Scheme and host of the Verify API. */
export declare const BASE_URL: string;
/** Response header that carries the request id, copied into errors. */
export declare const REQUEST_ID_HEADER: string;
