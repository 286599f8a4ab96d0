/** Check stage, service: the error body, paging and local-server settings refer to models and fields that exist; auth is checked by auth.ts. */
import type { RawField } from "../load/spec-types.ts";
import type { CatalogService } from "../resolve/catalog.ts";
import type { FileContext } from "./meaning.ts";
import { checkAuth } from "./auth.ts";
import { checkPaging } from "./paging.ts";
import { checkPattern } from "./types.ts";
import { checkServerUrl, checkServerVariables, checkUnusedServerVariables } from "./servers.ts";

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
  const options = checkServerVariables(s.serverVariables, at, report);
  checkServerUrl(s.baseUrl, s.serverVariables, [...at, "baseUrl"], report);
  checkUnusedServerVariables(
    s.serverVariables,
    [
      s.baseUrl,
      ...service.resources.flatMap((r) =>
        r.value.operations.flatMap((op) => (op.baseUrl ? [op.baseUrl] : [])),
      ),
    ],
    at,
    report,
  );
  // A relative token URL resolves against the server URL with its variables' defaults.
  const defaultUrl = s.baseUrl.replace(/\{([^{}]*)\}/g, (whole, name: string) =>
    s.serverVariables && Object.hasOwn(s.serverVariables, name) ? s.serverVariables[name]!.default : whole,
  );
  if (s.auth) checkAuth(s.auth, defaultUrl, at, report, options);
  if (s.mock?.usernamePattern !== undefined)
    checkPattern(s.mock.usernamePattern, [...at, "mock", "usernamePattern"], report);
}
