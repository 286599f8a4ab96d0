/** Binary answers: a download the caller streams, or reads whole, after the call has resolved. */
import { ClientError } from "./errors.js";

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
export function createDownload(
  response: Response,
  signal: AbortSignal | undefined,
  fail: (error: unknown) => Error,
): Download {
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  let used = false;
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  const onAbort = () => {
    controller?.error(signal!.reason);
    finish();
    void reader?.cancel(signal!.reason).catch(() => undefined);
  };
  const finish = () => signal?.removeEventListener("abort", onAbort);
  const stream = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        if (signal?.aborted) c.error(signal.reason);
        else signal?.addEventListener("abort", onAbort, { once: true });
      },
      async pull(c) {
        used = true;
        reader ??= response.body?.getReader() ?? null;
        if (reader === null) {
          finish();
          c.close();
          return;
        }
        try {
          const { done, value } = await reader.read();
          if (done) {
            finish();
            c.close();
          } else c.enqueue(value);
        } catch (error) {
          finish();
          c.error(signal?.aborted ? signal.reason : fail(error));
        }
      },
      cancel(reason) {
        used = true;
        finish();
        return reader?.cancel(reason) ?? response.body?.cancel(reason);
      },
    },
    // Nothing is read before the consumer asks: a download of any size holds one chunk at a time.
    { highWaterMark: 0 },
  );
  const contentType = response.headers.get("content-type");
  const bytes = async (): Promise<Uint8Array> => {
    if (used || stream.locked) throw new ClientError("the download's body was already read");
    const chunks: Uint8Array[] = [];
    let size = 0;
    const whole = stream.getReader();
    for (;;) {
      const { done, value } = await whole.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    return out;
  };
  return {
    contentType,
    contentLength: Number.isSafeInteger(length) && length >= 0 ? length : null,
    stream,
    get bodyUsed() {
      return used || stream.locked;
    },
    bytes,
    blob: async () => new Blob([(await bytes()) as Uint8Array<ArrayBuffer>], { type: contentType ?? "" }),
    cancel: async (reason?: unknown) => {
      if (stream.locked) throw new ClientError("the download's body is being read");
      used = true;
      await stream.cancel(reason);
    },
  };
}
