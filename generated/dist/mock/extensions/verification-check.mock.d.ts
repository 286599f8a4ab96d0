/** What the mock server hands a hook (see MockContext in the mock runtime). */
interface Context {
    readonly record: Record<string, unknown>;
    readonly form: ReadonlyMap<string, string>;
    readonly pathParameters: Readonly<Record<string, string>>;
    readonly now: Date;
    readonly records: {
        find(resource: string, where?: Readonly<Record<string, unknown>>): Record<string, unknown>[];
    };
    fail(status: number, message: string, code?: number): never;
}
/** Checks allowed per verification. */
export declare const MAX_CHECKS = 5;
/** The hooks the generated mock server calls for this resource. */
export declare const extension: {
    onCreate({ record, form, pathParameters, now, records, fail }: Context): void;
};
export {};
