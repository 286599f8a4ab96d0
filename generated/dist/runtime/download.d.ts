/**
 * A binary success body (a file, an image, an export), returned as soon as the answer's headers
 * arrive and before any of the body is read, so a large download is never buffered unless the
 * caller asks for it whole. Read it once: as a web stream (`stream`, chunk by chunk, in Node, Deno,
 * Bun and browsers alike), or whole with `bytes()` or `blob()`; `cancel()` drops it unread.
 *
 * The call's `timeoutMs` covers the request up to the answer's headers; reading the body is
 * bounded only by the call's `signal` (aborting it errors the stream with the signal's reason). A
 * connection lost mid-body errors the stream with a `ConnectionError`.
 *
 * @example
 * ```ts
 * const file = await downloadReport(client, id);
 * for await (const chunk of file.stream) out.write(chunk); // Node 20+, Deno, Bun, Firefox
 * const blob = await (await downloadReport(client, id)).blob(); // or whole, in memory
 * ```
 */
export interface Download {
    /** The answer's `Content-Type` (such as `application/pdf`), or null when it gives none. */
    readonly contentType: string | null;
    /** The body's size in bytes from `Content-Length`, or null when the answer does not say. */
    readonly contentLength: number | null;
    /**
     * The body, read as it arrives: nothing is read ahead of the consumer. One stream per download;
     * reading it uses the body up (`bodyUsed`).
     */
    readonly stream: ReadableStream<Uint8Array>;
    /** Whether the body has been read (or cancelled): `bytes()` and `blob()` then throw a ClientError. */
    readonly bodyUsed: boolean;
    /** The whole body as bytes. */
    bytes(): Promise<Uint8Array>;
    /** The whole body as a Blob of the answer's content type. */
    blob(): Promise<Blob>;
    /** Drops the body unread, closing the connection's stream. */
    cancel(reason?: unknown): Promise<void>;
}
/**
 * Wraps a 2xx answer's body as a Download. `fail` turns a failure while reading into the error the
 * stream ends with (a ConnectionError, credentials redacted); the caller's `signal` ends it early.
 */
export declare function createDownload(response: Response, signal: AbortSignal | undefined, fail: (error: unknown) => Error): Download;
