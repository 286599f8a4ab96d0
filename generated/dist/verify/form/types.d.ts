/** The Form resource. */
export interface Form {
    /**
     * The type of the form; only `form-push` is supported.
     * Known values: form-push; the API may add others.
     * Wire name: `form_type`.
     */
    readonly formType: "form-push" | (string & {}) | null;
    /**
     * Object that contains the available forms for this type. This available forms are given in the standard [JSON Schema](https://json-schema.org/) format
     * Wire name: `forms`.
     */
    readonly forms: unknown;
    /**
     * Additional information for the available forms for this type. E.g. The separator string used for `binding` in a Factor push.
     * Wire name: `form_meta`.
     */
    readonly formMeta: unknown;
    /**
     * The URL to access the forms for this type.
     * Wire name: `url`.
     */
    readonly url: string | null;
}
