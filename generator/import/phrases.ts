/**
 * Import, prose lifting: a table of phrase rules, each a small pure function from one sentence of a
 * parameter's description (and what is known of the parameter) to a rule as data, or null. A
 * sentence that looks like a rule but that no phrase rule lifts is reported, never guessed.
 */

/** What a phrase rule knows of the parameter whose description it reads. */
export interface PhraseSubject {
  /** The parameter's type as the document declares it. */
  readonly type: "string" | "integer" | "number" | "boolean" | "array" | "object" | "other";
  /** The parameter's own enum values, if any. */
  readonly values: readonly string[] | null;
  /** The whole description, for rules that must see the other sentences (optional). */
  readonly context?: string;
  /** Other parameters of the same operation: wire name, enum values (if any), whether boolean. */
  readonly siblings: readonly {
    readonly name: string;
    readonly values: readonly string[] | null;
    readonly boolean: boolean;
  }[];
  /** Fields of the stored resource (for update rules): wire name and enum values. */
  readonly resourceFields: readonly { readonly name: string; readonly values: readonly string[] | null }[];
}

/** A rule lifted from a sentence, as spec data. */
export type Lifted =
  | { readonly kind: "range"; readonly minimum: number | null; readonly maximum: number | null }
  | { readonly kind: "length"; readonly minLength: number | null; readonly maxLength: number | null }
  | { readonly kind: "items"; readonly maxItems: number }
  | { readonly kind: "default"; readonly value: string | number | boolean }
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "format"; readonly format: "base32" | "base64" | "spki-base64" | "e164" }
  | { readonly kind: "json"; readonly stringValues: boolean }
  | { readonly kind: "date-time" }
  | { readonly kind: "requiredWhen" | "onlyWhen"; readonly condition: Condition }
  | { readonly kind: "exactlyOneOf"; readonly with: string };

/** A condition on a sibling parameter or on a field of the stored resource. */
export interface Condition {
  readonly parameter?: string;
  readonly resourceField?: string;
  readonly in: readonly (string | boolean)[];
}

/** One phrase rule: its name (the report's kind) and the function. */
export interface PhraseRule {
  readonly name: Lifted["kind"];
  readonly lift: (sentence: string, subject: PhraseSubject) => Lifted | null;
}

const NUMBER = String.raw`(-?\d{1,3}(?:,\d{3})+|-?\d+(?:\.\d+)?)`;
const num = (text: string) => Number(text.replace(/,/g, ""));
const unquote = (text: string) => text.replace(/[`'"“”]/g, "");

/** "Must be between 3 and 8, inclusive", "between 20 and 60 seconds", "Can be: 1 to 5" (numbers only). */
export function liftRange(sentence: string, subject: PhraseSubject): Lifted | null {
  if (subject.type !== "integer" && subject.type !== "number") return null;
  if (/characters?|digits? long|length/i.test(sentence)) return null;
  const between = new RegExp(String.raw`\bbetween ${NUMBER} and ${NUMBER}\b`, "i").exec(sentence);
  if (between) return { kind: "range", minimum: num(between[1]!), maximum: num(between[2]!) };
  const max = new RegExp(
    String.raw`\b(?:the )?(?:maximum|max)(?: value)? is ${NUMBER}\b|\bmax(?:imum)?:? ${NUMBER}\b`,
    "i",
  ).exec(sentence);
  if (max) return { kind: "range", minimum: null, maximum: num(max[1] ?? max[2]!) };
  return null;
}

/**
 * "One of: `email`, `sms` or `call`.", "Can be: `GET` or `POST`", "Valid values are `A`, ... and `B`",
 * "It can be empty or it can have the values `a`, `b` or `c`.", "Possible event types: `*, a.b, c.d`"
 * (strings without an enum, or arrays of them: the values then bound each item).
 */
export function liftEnum(sentence: string, subject: PhraseSubject): Lifted | null {
  if ((subject.type !== "string" && subject.type !== "array") || subject.values) return null;
  if (
    !/^(?:the [\w ]+\. )?(?:one of|can be|possible values are|valid values are|allowed values are|supported values are|it can (?:be empty or it can )?have the values|possible [\w ]+?(?: are)?:)/i.test(
      sentence,
    )
  )
    return null;
  // One quoted list ("`a, b, c`") or one quoted value each ("`a`, `b` or `c`").
  const quoted = [...sentence.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  const spans = quoted.length === 1 ? quoted[0]!.split(/,\s*/) : quoted;
  if (spans.some((v) => /\s/.test(v) || v === "")) return null;
  // A sign (`+`, `-`) or a sentence about prefixes or sort direction qualifies the values: they are
  // no closed list ("`created_at` or `email_address`, with `+` or `-` for the direction").
  if (spans.some((v) => /^[+-]$/.test(v)) || /\b(?:prefix|prepend|ascending|descending)/i.test(sentence))
    return null;
  const values = [...new Set(spans)];
  return values.length >= 2 ? { kind: "enum", values } : null;
}

/** "can be up to 64 characters", "Must be between 32 and 255 characters long", "length between 8 and 64 characters", "The 4-10 character string". */
export function liftLength(sentence: string, subject: PhraseSubject): Lifted | null {
  if (subject.type !== "string" && subject.type !== "other") return null;
  if (!/characters?/i.test(sentence)) return null;
  const between =
    /\b(?:length )?between (\d+) and (\d+) characters/i.exec(sentence) ??
    /\b(\d+)\s?-\s?(\d+)[ -]characters?\b/i.exec(sentence);
  if (between) return { kind: "length", minLength: num(between[1]!), maxLength: num(between[2]!) };
  const upTo =
    /\b(?:up to|at most|no more than|maximum of|max(?:imum)? length of|cannot exceed|not exceed|limited to) (\d+) characters/i.exec(
      sentence,
    );
  if (upTo) return { kind: "length", minLength: null, maxLength: num(upTo[1]!) };
  const exactly = /\bexactly (\d+) characters/i.exec(sentence);
  if (exactly) return { kind: "length", minLength: num(exactly[1]!), maxLength: num(exactly[1]!) };
  return null;
}

/** "There can be up to 20 details fields", "up to 10 items" (arrays only). */
export function liftItems(sentence: string, subject: PhraseSubject): Lifted | null {
  if (subject.type !== "array") return null;
  const upTo = /\b(?:can be up to|up to|at most|maximum of|no more than) (\d+)\b(?! characters)/i.exec(
    sentence,
  );
  return upTo ? { kind: "items", maxItems: num(upTo[1]!) } : null;
}

/**
 * "The default is 50", "Defaults to 30 seconds if not configured", "If not configured defaults to 6",
 * "defaults to `true`". Never "The default value is defined at the service level" (that is no value).
 */
export function liftDefault(sentence: string, subject: PhraseSubject): Lifted | null {
  if (
    /service level|account level|depends|if not (?:provided|specified)[^.]*(?:the )?(?:service|account)/i.test(
      sentence,
    )
  )
    return null;
  const match =
    /\b(?:the )?default(?: value)? is `?([^`\s;]+?)`?(?:[\s;]|[.,](?:\s|$)|$)|\bdefaults? to `?([^`\s;]+?)`?(?:[\s;]|[.,](?:\s|$)|$)/i.exec(
      sentence,
    );
  if (!match) return null;
  const raw = unquote(match[1] ?? match[2]!);
  if (subject.type === "integer" || subject.type === "number") {
    const value = num(raw);
    return /^-?[\d,]+(?:\.\d+)?$/.test(raw) && (subject.type === "number" || Number.isInteger(value))
      ? { kind: "default", value }
      : null;
  }
  if (subject.type === "boolean")
    return /^(true|false)$/i.test(raw) ? { kind: "default", value: raw.toLowerCase() === "true" } : null;
  // A string default only where it is one of the parameter's own values.
  if (subject.type === "string" && subject.values?.includes(raw)) return { kind: "default", value: raw };
  return null;
}

/** "encoded in Base32"; "Base64" (DER/PKIX keys as spki-base64); "in E.164 format" for phone numbers only. */
export function liftFormat(text: string, subject: PhraseSubject): Lifted | null {
  if (subject.type !== "string") return null;
  // Link targets are not prose: "[base64url](https://base64.guru/…)" names base64url, not Base64.
  const sentence = text.replace(/\]\([^)]*\)/g, "]");
  if (/\bbase32\b/i.test(sentence) && /encoded|format/i.test(sentence))
    return { kind: "format", format: "base32" };
  if (/\bbase64\b/i.test(sentence) && /encoded|format/i.test(sentence)) {
    return { kind: "format", format: /\bDER\b|PKIX|ASN\.1/.test(sentence) ? "spki-base64" : "base64" };
  }
  // A phone number "in E.164 format" is only E.164 where nothing else (an email, a client identity) may stand.
  const alternatives = /\b(?:or|email|e-mail|client|sip|whatsapp|identity|address|channel)\b/i;
  if (/E\.164/.test(sentence) && !alternatives.test(sentence) && !alternatives.test(subject.context ?? ""))
    return { kind: "format", format: "e164" };
  return null;
}

/** "It must be a stringified JSON with only strings values", "A stringified JSON object", "JSON string". */
export function liftJson(sentence: string, subject: PhraseSubject): Lifted | null {
  if (subject.type !== "string" && subject.type !== "other" && subject.type !== "object") return null;
  if (
    !/stringified JSON|JSON[- ]string|JSON-encoded|JSON encoded|string(?:ified)? representation of (?:a )?JSON/i.test(
      sentence,
    )
  )
    return null;
  return {
    kind: "json",
    stringValues: /only string(?:s)? values|values (?:must|should) be strings/i.test(sentence),
  };
}

/** "given in ISO 8601 format", "An ISO 8601 date-time" on a string parameter. */
export function liftDateTime(sentence: string, subject: PhraseSubject): Lifted | null {
  if (subject.type !== "string") return null;
  return /ISO[ -]?8601/.test(sentence) &&
    /date[- ]?time|timestamp|\bformat\b/i.test(sentence) &&
    !/\bdate only|YYYY-MM-DD\b(?!T)/i.test(sentence)
    ? { kind: "date-time" }
    : null;
}

// `factor_type` or `FactorType` -> the sibling parameter or resource field of that name (case-folded).
function fold(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
}

function condition(subjectName: string, values: string, subject: PhraseSubject): Condition | null {
  const wanted = fold(subjectName);
  const list = values
    .split(/,|\bor\b/)
    .map((v) => unquote(v).trim())
    .filter(Boolean);
  const sibling = subject.siblings.find((s) => fold(s.name) === wanted);
  if (sibling) {
    if (sibling.boolean) {
      const bools = list.map((v) => v.toLowerCase());
      return bools.every((v) => v === "true" || v === "false")
        ? { parameter: sibling.name, in: bools.map((v) => v === "true") }
        : null;
    }
    return sibling.values && list.length && list.every((v) => sibling.values!.includes(v))
      ? { parameter: sibling.name, in: list }
      : null;
  }
  const field = subject.resourceFields.find((f) => fold(f.name) === wanted);
  if (field?.values && list.length && list.every((v) => field.values!.includes(v)))
    return { resourceField: field.name, in: list };
  return null;
}

const CONDITION = String.raw`\`?([A-Za-z_.]+)\`?\s*(?:is|=|==)\s*((?:\`?[\w-]+\`?(?:\s*(?:,|or)\s*)?)+)`;

/** "Required when factor_type is push", "required if `lookup_enabled` is true". */
export function liftRequiredWhen(sentence: string, subject: PhraseSubject): Lifted | null {
  const match = new RegExp(String.raw`\brequired (?:when|if) ${CONDITION}`, "i").exec(sentence);
  const c = match ? condition(match[1]!, match[2]!, subject) : null;
  return c ? { kind: "requiredWhen", condition: c } : null;
}

/** "Used when factor_type is totp", "Only used when `channel` is `sms`", "Only applicable when X is Y". */
export function liftOnlyWhen(sentence: string, subject: PhraseSubject): Lifted | null {
  if (/\brequired (?:when|if)\b/i.test(sentence)) return null;
  const match = new RegExp(
    String.raw`\b(?:only )?(?:used|applicable|applies|valid|relevant) (?:only )?(?:when|if|for) ${CONDITION}`,
    "i",
  ).exec(sentence);
  const c = match ? condition(match[1]!, match[2]!, subject) : null;
  return c ? { kind: "onlyWhen", condition: c } : null;
}

/** "Either this parameter or the `verification_sid` must be specified." */
export function liftExactlyOneOf(sentence: string, subject: PhraseSubject): Lifted | null {
  const match =
    /\beither this parameter or the `?([A-Za-z_.]+)`?\b.*?\bmust be (?:specified|provided|given)/i.exec(
      sentence,
    );
  if (!match) return null;
  const other = subject.siblings.find((s) => fold(s.name) === fold(match[1]!));
  return other ? { kind: "exactlyOneOf", with: other.name } : null;
}

/** "Requires `lookup_enabled`." on a parameter beside a boolean: only used when that boolean is true. */
export function liftRequires(sentence: string, subject: PhraseSubject): Lifted | null {
  const match = /\brequires `?([A-Za-z_.]+)`?(?: to be (?:true|enabled|set))?\s*[.]?$/i.exec(sentence);
  const sibling = match
    ? subject.siblings.find((s) => s.boolean && fold(s.name) === fold(match[1]!))
    : undefined;
  return sibling ? { kind: "onlyWhen", condition: { parameter: sibling.name, in: [true] } } : null;
}

/** "Applies only to SMS.", "For SMS channel only.": only used when a sibling enum has those values. */
export function liftOnlyFor(sentence: string, subject: PhraseSubject): Lifted | null {
  const list = String.raw`\`?(\w+)\`?((?:(?:,|\s+and|\s+or)\s+\`?\w+\`?)*)`;
  const match =
    new RegExp(
      String.raw`^(?:applies only|only applies|only) (?:to|for) (?:the )?${list}(?: channels?)?(?: only)?[.]?$`,
      "i",
    ).exec(sentence) ?? new RegExp(String.raw`^(?:for )?${list} channels? only[.]?$`, "i").exec(sentence);
  if (!match) return null;
  const values = [match[1]!, ...match[2]!.split(/,|and|or/)]
    .map((v) => unquote(v).trim().toLowerCase())
    .filter(Boolean);
  const owners = subject.siblings.filter((s) => s.values && values.every((v) => s.values!.includes(v)));
  return owners.length === 1
    ? { kind: "onlyWhen", condition: { parameter: owners[0]!.name, in: values } }
    : null;
}

/** The phrase rules, in the order they are tried; every rule that matches a sentence applies. */
export const PHRASE_RULES: readonly PhraseRule[] = [
  { name: "range", lift: liftRange },
  { name: "length", lift: liftLength },
  { name: "items", lift: liftItems },
  { name: "default", lift: liftDefault },
  { name: "enum", lift: liftEnum },
  { name: "format", lift: liftFormat },
  { name: "json", lift: liftJson },
  { name: "date-time", lift: liftDateTime },
  { name: "requiredWhen", lift: liftRequiredWhen },
  { name: "onlyWhen", lift: liftOnlyWhen },
  { name: "exactlyOneOf", lift: liftExactlyOneOf },
  { name: "onlyWhen", lift: liftRequires },
  { name: "onlyWhen", lift: liftOnlyFor },
];

/** Words that make a sentence look like a rule; one that no phrase rule lifts is reported. */
const RULE_LIKE =
  /\b(must|required|between|up to|at most|at least|maximum|minimum|max|min|defaults?|only|characters|format|limit(?:ed)?|exceed|valid values|one of|either)\b/i;

/** Splits a description into sentences, keeping abbreviations (e.g., i.e., eg.) and decimals whole. */
export function sentences(text: string): string[] {
  const guarded = text
    .replace(/\b(e\.g|i\.e|eg|ie|etc|vs|Inc|approx|No)\./gi, "$1\u0000")
    .replace(/(\d)\.(\d)/g, "$1\u0001$2");
  return guarded
    .split(/(?<=[.!?])\s+(?=[A-Z`"(\[])|\n\s*\n/)
    .map((s) =>
      s
        .replace(/\u0000/g, ".")
        .replace(/\u0001/g, ".")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((s) => s.length > 0);
}

/** What one description yields: lifted rules with their sentences, and rule-like sentences nothing lifted. */
export function liftDescription(
  description: string,
  subject: PhraseSubject,
): { lifted: { rule: Lifted; sentence: string }[]; unlifted: string[] } {
  const lifted: { rule: Lifted; sentence: string }[] = [];
  const unlifted: string[] = [];
  const withContext = { ...subject, context: description };
  for (const sentence of sentences(description)) {
    const found = PHRASE_RULES.map((r) => r.lift(sentence, withContext)).filter(
      (x): x is Lifted => x !== null,
    );
    for (const rule of found) lifted.push({ rule, sentence });
    if (!found.length && RULE_LIKE.test(sentence)) unlifted.push(sentence);
  }
  return { lifted, unlifted };
}
