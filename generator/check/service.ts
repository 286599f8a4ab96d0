/** Check stage, service: the error body, paging and local-server settings refer to models and fields that exist. */
import type { RawField } from "../load/spec-types.ts";
import type { CatalogService } from "../resolve/catalog.ts";
import type { FileContext } from "./meaning.ts";

// createClient's own options, which a credential option may not shadow.
const CORE_OPTIONS = ["baseUrl", "fetch", "timeoutMs", "maxRetries", "userAgent", "retryDelay"];

/** Checks the service block of a (merged) service. */
export function checkServiceSettings(service: CatalogService, ctx: FileContext): void {
  const { report } = ctx;
  const s = service.spec.value;
  const at = service.spec.path;
  const fieldsOf = (model: string, key: (string | number)[]): readonly RawField[] | null => {
    const found = service.models.get(model);
    if (!found) {
      report([...at, ...key], "unknown-model", `no model named '${model}'`, {
        hint: `defined models: ${ctx.modelNames()}`,
      });
      return null;
    }
    return found.allFields;
  };
  const requireField = (
    fields: readonly RawField[] | null,
    name: string | undefined,
    key: (string | number)[],
    model: string,
  ) => {
    if (fields && name !== undefined && !fields.some((f) => f.name === name))
      report([...at, ...key], "unknown-field", `model '${model}' has no field '${name}'`);
  };
  const errorFields = fieldsOf(s.errors.model, ["errors", "model"]);
  for (const key of ["codeField", "messageField", "moreInfoField", "detailsField", "statusField"] as const)
    requireField(errorFields, s.errors[key], ["errors", key], s.errors.model);
  if (s.pagination) {
    const meta = fieldsOf(s.pagination.metaModel, ["pagination", "metaModel"]);
    requireField(meta, s.pagination.nextUrlField, ["pagination", "nextUrlField"], s.pagination.metaModel);
    for (const [role, name] of Object.entries(s.pagination.metaFields ?? {}))
      requireField(meta, name, ["pagination", "metaFields", role], s.pagination.metaModel);
    const { pageSizeParameter, pageParameter, pageTokenParameter } = s.pagination;
    for (const [key, name] of [
      ["pageParameter", pageParameter],
      ["pageTokenParameter", pageTokenParameter],
    ] as const) {
      if (name !== undefined && name === pageSizeParameter)
        report([...at, "pagination", key], "name-collision", `'${name}' is already the page-size parameter`);
    }
  }
  const options = new Map<string, number>(CORE_OPTIONS.map((name) => [name, -1]));
  s.auth.credentials.forEach((pair, i) => {
    for (const role of ["username", "password"] as const) {
      const earlier = options.get(pair[role].option);
      if (earlier !== undefined) {
        const other = earlier < 0 ? "an option every client has" : `credential pair ${earlier + 1}`;
        report(
          [...at, "auth", "credentials", i, role, "option"],
          "name-collision",
          `option '${pair[role].option}' is already ${other}`,
        );
      }
      options.set(pair[role].option, i);
    }
  });
}
