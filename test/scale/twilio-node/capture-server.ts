/**
 * A capture server on 127.0.0.1: records every request as it arrives on the wire (method, path and
 * query as sent, headers, body) and answers with the response armed for it, so two clients can be
 * compared by what they actually send.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as received. */
export interface Exchange {
  readonly method: string;
  /** The request target's path, as sent (percent-encoding kept). */
  readonly path: string;
  /** The request target's query, as sent, without `?`. */
  readonly query: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What the server answers next. */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The server: `arm` what to answer, run a client, `take` what it sent. */
export class CaptureServer {
  private readonly server: Server;
  private received: Exchange[] = [];
  private answer: (request: Exchange) => Answer = () => ({ status: 200, body: {} });
  origin = "";

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const target = req.url ?? "/";
        const at = target.indexOf("?");
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers))
          headers[name] = Array.isArray(value) ? value.join(", ") : (value ?? "");
        const exchange: Exchange = {
          method: req.method ?? "",
          path: at < 0 ? target : target.slice(0, at),
          query: at < 0 ? "" : target.slice(at + 1),
          headers,
          body: Buffer.concat(chunks).toString("utf8"),
        };
        this.received.push(exchange);
        const answer = this.answer(exchange);
        const text = answer.body === null ? "" : JSON.stringify(answer.body);
        res.writeHead(answer.status, {
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(text),
          ...answer.headers,
        });
        res.end(text);
      });
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Sets how the next requests are answered. */
  arm(answer: (request: Exchange) => Answer): void {
    this.answer = answer;
  }

  /** The requests received since the last take. */
  take(): Exchange[] {
    const out = this.received;
    this.received = [];
    return out;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
