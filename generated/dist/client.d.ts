import type { Client, ClientOptions } from "./runtime/client.js";
/**
 * Creates a client: HTTP Basic auth with `accountSid` and `authToken` (or `apiKey` and `apiSecret`), falling back to `TWILIO_ACCOUNT_SID` and `TWILIO_AUTH_TOKEN` where `process.env` exists.
 * Credentials are kept out of the client's properties, so logging or serializing it never reveals them.
 * @throws ClientError when no credentials can be found
 */
export declare function createClient(options?: ClientOptions): Client;
