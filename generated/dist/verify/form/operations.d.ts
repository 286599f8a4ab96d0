import type { Client } from "../../runtime/client.js";
import type { ApiResponse, RequestOptions } from "../../runtime/transport.js";
import type { Form } from "./types.js";
/**
 * Fetch the forms for a specific Form Type.
 * `GET /v2/Forms/{FormType}` (operation `FetchForm`), answered with HTTP 200.
 * @param formType - The Type of this Form. Currently only `form-push` is supported.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchForm(client: Client, formType: "form-push", options?: RequestOptions): Promise<Form>;
/**
 * Fetch the forms for a specific Form Type.
 * `GET /v2/Forms/{FormType}` (operation `FetchForm`), answered with HTTP 200.
 * Like `fetchForm`, with the HTTP status and headers.
 * @param formType - The Type of this Form. Currently only `form-push` is supported.
 * @throws ValidationError when an argument breaks the spec's rules (before any request is sent)
 * @throws ApiError for a non-2xx response; TimeoutError, ConnectionError as their names say
 */
export declare function fetchFormWithResponse(client: Client, formType: "form-push", options?: RequestOptions): Promise<ApiResponse<Form>>;
