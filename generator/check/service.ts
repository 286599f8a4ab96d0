/** Check stage, service: the error body, paging and local-server settings refer to models and fields that exist; auth is checked by auth.ts. */
import type { RawField } from "../load/spec-types.ts";
import type { CatalogService } from "../resolve/catalog.ts";
import type { FileContext } from "./meaning.ts";
import { checkAuth } from "./auth.ts";
import { checkPaging } from "./paging.ts";
import { checkPattern } from "./types.ts";

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
  if (s.pagination) checkPaging(s.pagination, [...at, "pagination"], service, ctx);
  if (s.auth) checkAuth(s.auth, s.baseUrl, at, report);
  if (s.mock?.usernamePattern !== undefined)
    checkPattern(s.mock.usernamePattern, [...at, "mock", "usernamePattern"], report);
}
