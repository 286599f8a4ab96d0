/** What the mock server hands a hook (see MockContext in the mock runtime). */
interface Context {
    readonly record: Record<string, unknown>;
    readonly form: ReadonlyMap<string, string>;
    readonly pathParameters: Readonly<Record<string, string>>;
    readonly now: Date;
    readonly records: {
        get(path: string): Record<string, unknown> | undefined;
    };
    /** One line for the developer: what the API would have sent (the command-line server prints it). */
    log(line: string): void;
}
/** The record field holding the code sent, which no response model shows. */
export declare const CODE_FIELD = "code";
/** The record field counting the checks made against the code. */
export declare const CHECKS_FIELD = "checks";
/** The hooks the generated mock server calls for this resource. */
export declare const extension: {
    onCreate({ record, form, pathParameters, now, records, log }: Context): void;
    onRead({ record, now }: {
        record: Record<string, unknown>;
        now: Date;
    }): void;
};
export {};
