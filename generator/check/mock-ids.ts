/**
 * Meaning check, warnings: a resource whose records the local server cannot give an id. The server
 * makes an id only for a field whose pattern is a literal prefix and `mock.idHexDigits` hex digits
 * (`^WI[0-9a-f]{32}$`); any other id field of a created record stays null (or one plain value for
 * every record), and the client then refuses the answer or finds the wrong record. The rule is the server's own (`idPrefix`), so the warning and the server agree.
 */
import { idPrefix, snakeCase } from "../mock-runtime/records.ts";
import type { CatalogService } from "../resolve/catalog.ts";
import type { Located } from "../resolve/catalog.ts";
import type { RawResource } from "../load/spec-types.ts";
import type { FileContext } from "./meaning.ts";

/** Warns at the create operation's `response` when the record's id field is one the local server cannot fill. */
export function warnUnmintableIds(
  resource: Located<RawResource>,
  service: CatalogService,
  ctx: FileContext,
): void {
  const { value } = resource;
  // An extension may set the id itself.
  if (value.mockExtension) return;
  const placeholder = /\{([^}]+)\}[^{]*$/.exec(value.paths?.instance ?? "")?.[1];
  if (!placeholder) return;
  const mock = service.spec.value.mock;
  value.operations.forEach((op, oi) => {
    if (op.kind !== "create" || typeof op.response !== "string") return;
    // The client chooses the id (an Entity's Identity): nothing to make.
    if ((op.parameters ?? []).some((p) => p.name === placeholder)) return;
    const fields = ctx.modelFields(op.response) ?? [];
    const field =
      fields.find((f) => f.name === snakeCase(placeholder)) ?? fields.find((f) => f.name === "id");
    if (!field || field.name === mock?.accountField || field.type !== "string") return;
    if (idPrefix(field.pattern ?? null, mock?.idHexDigits ?? null) !== null) return;
    const digits = mock?.idHexDigits;
    ctx.report(
      [...resource.path, "operations", oi, "response"],
      "mock-id",
      `the local server cannot make an id for '${field.name}' of ${op.response}: ${
        digits === undefined
          ? "the service sets no mock.idHexDigits"
          : `its pattern is not a literal prefix and ${digits} hex digits`
      }, so the records it creates have no id of their own`,
      {
        severity: "warning",
        hint: `give '${field.name}' a pattern such as ^XX[0-9a-f]{${digits ?? 32}}$${
          digits === undefined ? ` and the service mock: { idHexDigits: 32 }` : ""
        }, or set it in the resource's mockExtension`,
      },
    );
  });
}
