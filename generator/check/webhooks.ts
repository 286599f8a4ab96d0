/** Check stage, webhooks: a signed service, unique event types and fields, and resources and fields that exist. */
import type { NodePath } from "../load/load.ts";
import type { RawWebhookEvent } from "../load/spec-types.ts";
import type { CatalogService } from "../resolve/catalog.ts";
import type { FileContext } from "./meaning.ts";

/** Checks a service's file-level `webhooks` (in the context of the file that says them). */
export function checkWebhooks(service: CatalogService, ctx: FileContext): void {
  const located = service.webhooks;
  if (!located) return;
  const { report } = ctx;
  const w = located.value;
  const at = located.path;
  if (!service.spec.value.webhooks)
    report([...at], "webhooks-unsigned", `service '${service.name}' sends webhooks but says no signature`, {
      at: "key",
      hint: "add service.webhooks.signature (header, algorithm, signs, encoding) to every file of the service",
    });
  const fieldsOf = (resource: string, path: NodePath): ReadonlySet<string> | null => {
    if (!service.resources.some((r) => r.value.name === resource)) {
      report(path, "unknown-resource", `no resource named '${resource}'`, {
        hint: `resources: ${service.resources.map((r) => r.value.name).join(", ")}`,
      });
      return null;
    }
    const models = [...service.models.values()].filter((m) => m.resource === resource);
    return new Set(models.flatMap((m) => m.allFields.map((f) => f.name)));
  };
  const requireField = (
    fields: ReadonlySet<string> | null,
    resource: string,
    name: string,
    path: NodePath,
  ) => {
    if (fields && !fields.has(name))
      report(path, "unknown-field", `resource '${resource}' has no field '${name}'`);
  };
  const sub = w.subscription;
  if (sub) {
    const sp = [...at, "subscription"];
    const fields = fieldsOf(sub.resource, [...sp, "resource"]);
    requireField(fields, sub.resource, sub.urlField, [...sp, "urlField"]);
    requireField(fields, sub.resource, sub.eventsField, [...sp, "eventsField"]);
    if (sub.disabledWhen)
      requireField(fields, sub.resource, sub.disabledWhen.field, [...sp, "disabledWhen", "field"]);
    (sub.scope ?? []).forEach((name, i) => requireField(fields, sub.resource, name, [...sp, "scope", i]));
  }
  const types = new Map<string, number>();
  w.events.forEach((event, i) => {
    const ep = [...at, "events", i];
    const earlier = types.get(event.type);
    if (earlier !== undefined)
      report([...ep, "type"], "duplicate-event", `event type '${event.type}' is already described`, {
        hint: `at ${ctx.where([...at, "events", earlier, "type"])}`,
      });
    else types.set(event.type, i);
    checkEvent(event, ep, w.typeField, sub !== undefined, ctx, fieldsOf, requireField);
  });
}

function checkEvent(
  event: RawWebhookEvent,
  ep: NodePath,
  typeField: string,
  subscribed: boolean,
  ctx: FileContext,
  fieldsOf: (resource: string, path: NodePath) => ReadonlySet<string> | null,
  requireField: (fields: ReadonlySet<string> | null, resource: string, name: string, path: NodePath) => void,
): void {
  const { report } = ctx;
  const when = event.when;
  const source = when ? fieldsOf(when.resource, [...ep, "when", "resource"]) : null;
  if (when && !subscribed)
    report(
      [...ep, "when"],
      "webhook-unsubscribed",
      "an event the local server sends needs webhooks.subscription",
      {
        at: "key",
        hint: "name the resource whose records subscribe to events",
      },
    );
  if (when && (when.on === "update") !== (when.field !== undefined && when.value !== undefined))
    report([...ep, "when"], "webhook-trigger", "`field` and `value` go with `on: update`, and only there", {
      at: "key",
    });
  if (when?.field !== undefined) requireField(source, when.resource, when.field, [...ep, "when", "field"]);
  const names = new Set<string>([typeField]);
  event.fields.forEach((field, j) => {
    const fp = [...ep, "fields", j];
    if (names.has(field.name))
      report(
        [...fp, "name"],
        "duplicate-event-field",
        `event '${event.type}' has field '${field.name}' twice`,
        {
          hint:
            field.name === typeField ? `'${typeField}', the type field, is every event's already` : undefined,
        },
      );
    names.add(field.name);
    const from = field.from?.startsWith("record.") ? field.from.slice("record.".length) : null;
    if (from !== null && !when)
      report(
        [...fp, "from"],
        "webhook-field-source",
        "`record.` names a field of the record the event is about",
        {
          hint: "give the event a `when`, or take the value from `event.id` or `event.type`",
        },
      );
    if (from !== null && when) requireField(source, when.resource, from, [...fp, "from"]);
  });
}
