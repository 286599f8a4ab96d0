/** IR, webhooks: the service's signature scheme and the events its file-level `webhooks` describe. */
import type { RawWebhooks, RawWebhookSignature } from "../load/spec-types.ts";
import type { IrWebhookField, IrWebhooks } from "./types.ts";

/** The service's webhooks: its signature and its events (events without a signature are a check error). */
export function buildWebhooks(
  signature: RawWebhookSignature | null,
  raw: RawWebhooks | null,
): IrWebhooks | null {
  if (!signature) return null;
  const sub = raw?.subscription;
  return {
    signature: {
      header: signature.header,
      algorithm: signature.algorithm,
      bodyHashParameter: signature.bodyHashParameter ?? null,
    },
    typeField: raw?.typeField ?? "type",
    subscription: sub
      ? {
          resource: sub.resource,
          urlField: sub.urlField,
          eventsField: sub.eventsField,
          allEvents: sub.allEvents ?? null,
          disabledWhen: sub.disabledWhen ? { ...sub.disabledWhen } : null,
          scope: [...(sub.scope ?? [])],
        }
      : null,
    events: (raw?.events ?? []).map((e) => ({
      type: e.type,
      description: e.description,
      when: e.when
        ? {
            resource: e.when.resource,
            on: e.when.on,
            field: e.when.field ?? null,
            value: e.when.value ?? null,
          }
        : null,
      fields: e.fields.map((f) => ({
        name: f.name,
        type: f.type,
        required: f.required ?? false,
        description: f.description,
        from: fieldSource(f.from),
      })),
    })),
  };
}

function fieldSource(from: string | undefined): IrWebhookField["from"] {
  if (from === undefined) return null;
  if (from === "event.id") return { kind: "id" };
  if (from === "event.type") return { kind: "type" };
  return { kind: "record", field: from.slice("record.".length) };
}
