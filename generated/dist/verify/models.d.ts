/** The error body Twilio returns with every non-2xx response. */
export interface TwilioError {
    /**
     * Twilio's numeric error code; look it up at `more_info`.
     * Wire name: `code`.
     */
    readonly code: number | null;
    /**
     * A human-readable explanation of the error.
     * Wire name: `message`.
     */
    readonly message: string | null;
    /**
     * A link to the documentation of this error code.
     * Wire name: `more_info`.
     */
    readonly moreInfo: string | null;
    /**
     * The HTTP status code of the response.
     * Wire name: `status`.
     */
    readonly status: number | null;
    /**
     * Further structured information about the error, when Twilio gives any.
     * Wire name: `details`.
     */
    readonly details: unknown;
}
/** The paging block (`meta`) of every list response. */
export interface PageMeta {
    /**
     * The index of this page, starting at 0.
     * Wire name: `page`.
     */
    readonly page: number;
    /**
     * The number of items requested per page.
     * Wire name: `page_size`.
     */
    readonly pageSize: number | null;
    /**
     * The URL of the first page.
     * Wire name: `first_page_url`.
     */
    readonly firstPageUrl: string | null;
    /**
     * The URL of the previous page, or null on the first page.
     * Wire name: `previous_page_url`.
     */
    readonly previousPageUrl: string | null;
    /**
     * The URL of the next page, or null on the last page.
     * Wire name: `next_page_url`.
     */
    readonly nextPageUrl: string | null;
    /**
     * The URL of this page.
     * Wire name: `url`.
     */
    readonly url: string | null;
    /**
     * The name of the property that holds this page's items.
     * Wire name: `key`.
     */
    readonly key: string;
}
