/** What the mock server hands a hook (see MockContext in the mock runtime). */
interface Context {
    readonly record: Record<string, unknown>;
    readonly form: ReadonlyMap<string, string>;
    readonly pathParameters: Readonly<Record<string, string>>;
    readonly now: Date;
    readonly records: {
        get(path: string): Record<string, unknown> | undefined;
    };
    fail(status: number, message: string, code?: number): never;
    /** One line for the developer: what the API would have sent (the command-line server prints it). */
    log(line: string): void;
}
/** The answer a push AuthPayload carries, when its signature verifies with the factor's key; else null. */
export declare function pushAnswer(payload: string, publicKey: string, challengeSid: string): "approved" | "denied" | null;
/** The hooks the generated mock server calls for this resource. */
export declare const extension: {
    onCreate(context: Context): void;
    onUpdate(context: Context): void;
    onRead({ record, now }: {
        record: Record<string, unknown>;
        now: Date;
    }): void;
};
export {};
