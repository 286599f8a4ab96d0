import type { MockServer, MockServerOptions } from "./server.js";
/** One seed entry: `POST path` with these wire parameters, `count` times (an instance path: that record). */
export interface SeedEntry {
    readonly path: string;
    readonly params?: Readonly<Record<string, string>>;
    readonly count?: number;
}
/** Runs the command line; resolves with the exit code once the server is listening (or failed to). */
export declare function runCli(argv: readonly string[], start: (options: MockServerOptions) => Promise<MockServer>, names: {
    readonly name: string;
    readonly command: string;
}): Promise<number>;
/** The seed file: a JSON array of `{ path, params?, count? }`. */
export declare function parseSeeds(text: string): SeedEntry[];
