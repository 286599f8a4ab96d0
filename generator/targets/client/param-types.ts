/** Types emitter, parameters: one interface per parameters object, a discriminated union where a parameter selects the rest. */
import type { InterfaceDeclarationStructure, PropertySignatureStructure, OptionalKind } from "ts-morph";
import type { TsDiscriminator, TsOperation, TsParameter, TsType, TsUnionType } from "../ts/model.ts";
import { unionTypeStatement } from "./unions.ts";
import { appliesTo, leaves, paramTree, requiredFor, type ParamNode } from "../ts/param-tree.ts";
import { namedShapes, namedUnions } from "../ts/walk.ts";
import { pascalCase } from "../../naming.ts";
import { groupTypeName, paramsBase, paramsBaseTypeName, paramsMemberName } from "../ts/names.ts";
import { typedChoices } from "../ts/param-names.ts";
import { deprecatedTag, StructureKind, tsdoc, type StatementStructures, type Uses } from "../ts/builder.ts";
import { docCode, literal } from "../ts/escape.ts";
import { ruleSentences } from "../ts/describe.ts";
import { shapeInterface } from "./model-types.ts";
import { typeText } from "../ts/ts-types.ts";

/** The TSDoc of one parameter: description, rules, wire name, default. */
export function paramDocs(p: TsParameter) {
  const tags =
    p.default !== null
      ? [["defaultValue", `${JSON.stringify(p.default)} (applied by the API when left out)`] as const]
      : [];
  return tsdoc(
    [p.description, ...ruleSentences(p), `Wire name: ${docCode(p.wireName)}.`],
    [...tags, ...deprecatedTag(p.deprecated)],
  );
}

/**
 * Statements declaring the types of an operation's whole JSON request body: its object shapes and
 * unions (those of its parameters are declared with the parameters).
 */
export function requestBodyTypeStatements(op: TsOperation, uses: Uses): StatementStructures[] {
  const body = op.requestBody;
  if (body?.kind !== "json") return [];
  return [
    ...namedShapes(body.type).map((s) =>
      shapeInterface(s, "input", uses, [
        `${docCode(s.typeName)}: a value in the request body of ${op.functionName}.`,
      ]),
    ),
    ...requestUnions([body.type]).map((u) => unionTypeStatement(u, uses, "request")),
  ];
}

// The unions request values hold, each once.
function requestUnions(types: readonly TsType[]): TsUnionType[] {
  return [...new Map(types.flatMap(namedUnions).map((u) => [u.typeName, u])).values()];
}

/** Statements declaring an operation's parameter types, and the object types its parameters use. */
export function paramTypeStatements(op: TsOperation, uses: Uses): StatementStructures[] {
  const typeName = op.paramsTypeName;
  if (!typeName) return [];
  const shapes = [
    ...op.parameters.flatMap((p) =>
      namedShapes(p.type).map((s) =>
        shapeInterface(s, "input", uses, [
          `${docCode(s.typeName)}: the value of ${docCode(p.wireName)} in ${op.functionName}.`,
        ]),
      ),
    ),
    ...requestUnions(op.parameters.map((p) => p.type)).map((u) => unionTypeStatement(u, uses, "request")),
  ];
  const disc = op.discriminator;
  const summary = `Parameters of ${op.functionName}: ${op.summary}`;
  const oneOf = [
    ...op.exactlyOneOf.map((g) => `Exactly one of ${g.map(docCode).join(", ")} must be given.`),
    ...op.atLeastOneOf.map((g) => `At least one of ${g.map(docCode).join(", ")} must be given.`),
  ];
  const choices = choiceTypes(op, uses);
  if (!disc && !choices)
    return [
      ...objectInterfaces(
        typeName,
        paramsBase(typeName),
        paramTree(op.parameters),
        op,
        null,
        [summary, ...oneOf],
        uses,
        op.additionalBodyProperties,
      ),
      ...shapes,
    ];
  if (!disc) {
    const baseName = paramsBaseTypeName(typeName);
    return [
      {
        kind: StructureKind.TypeAlias,
        name: typeName,
        isExported: true,
        type: `${baseName} & ${choices}`,
        docs: tsdoc([summary, ...oneOf]),
      },
      ...objectInterfaces(
        baseName,
        paramsBase(typeName),
        paramTree(op.parameters),
        op,
        null,
        [`The fields of ${typeName}; the type adds which of them exclude each other.`],
        uses,
        op.additionalBodyProperties,
      ),
      ...shapes,
    ];
  }
  const out: StatementStructures[] = [];
  for (const value of disc.values) {
    const member = paramsMemberName(typeName, value);
    out.push(
      ...objectInterfaces(
        member,
        paramsBase(member),
        paramTree(op.parameters),
        op,
        value,
        [`${summary} (${disc.wireName} ${value}).`, ...oneOf],
        uses,
        op.additionalBodyProperties,
      ),
    );
  }
  out.unshift({
    kind: StructureKind.TypeAlias,
    name: typeName,
    isExported: true,
    type: choices
      ? `(${disc.values.map((v) => paramsMemberName(typeName, v)).join(" | ")}) & ${choices}`
      : disc.values.map((v) => paramsMemberName(typeName, v)).join(" | "),
    docs: tsdoc([
      summary,
      `A union on ${docCode(disc.tsPath.join("."))}: each member allows and requires exactly what that ${disc.wireName} does.`,
    ]),
  });
  return [...out, ...shapes];
}

// An interface for one parameters object, plus interfaces for its nested groups (named after their path).
function objectInterfaces(
  name: string,
  base: string,
  nodes: readonly ParamNode[],
  op: TsOperation,
  value: string | null,
  docLines: string[],
  uses: Uses,
  open = false,
): StatementStructures[] {
  const disc = op.discriminator;
  const nested: StatementStructures[] = [];
  const properties: OptionalKind<PropertySignatureStructure>[] = nodes.map((node) => {
    const all = leaves(node);
    const applicable = all.filter((p) => appliesTo(p, disc, value));
    const required = applicable.some((p) => requiredFor(p, disc, value));
    if (node.param) {
      const p = node.param;
      const isDisc = disc !== null && p.wireName === disc.wireName && value !== null;
      return {
        name: node.name,
        isReadonly: true,
        hasQuestionToken: !required && !isDisc,
        type: isDisc
          ? literal(value)
          : applicable.length
            ? typeText(p.type, uses)
            : violated(typeText(p.type, uses), onlyWhenRule(p.tsPath, all, disc), uses),
        docs: paramDocs(p),
      };
    }
    if (applicable.length) {
      nested.push(
        ...objectInterfaces(
          groupTypeName(base, node.name),
          `${base}${pascalCase(node.name)}`,
          node.children,
          op,
          value,
          [`The ${docCode(node.name)} group of ${name}.`],
          uses,
        ),
      );
    }
    return {
      name: node.name,
      isReadonly: true,
      hasQuestionToken: !required,
      type: applicable.length
        ? groupTypeName(base, node.name)
        : violatedGroup(node, onlyWhenRule(groupPath(node), all, disc), uses),
      docs: tsdoc([
        applicable.length
          ? `Parameters sent as ${all.map((p) => docCode(p.wireName)).join(", ")}.`
          : `Not used here: ${all.map((p) => docCode(p.wireName)).join(", ")} apply to other ${disc?.wireName ?? ""} values.`,
      ]),
    };
  });
  // A JSON body that takes properties no parameter names: any other property, any JSON value.
  const indexSignatures = open
    ? [
        {
          keyName: "property",
          keyType: "string",
          returnType: "unknown",
          isReadonly: true,
          docs: tsdoc(["Any other property of the JSON body, sent under this name: a JSON value."]),
        },
      ]
    : [];
  return [
    {
      kind: StructureKind.Interface,
      name,
      isExported: true,
      docs: tsdoc(docLines),
      properties,
      indexSignatures,
    },
    ...nested,
  ];
}

/**
 * The type of a property that must not be given here: the value's own type (so code reading the
 * property across the union still sees that type) and a `RuleViolation` that no value has, whose
 * message tsc prints when a caller gives the property anyway.
 */
function violated(type: string, rule: string, uses: Uses): string {
  uses.use("RuleViolation");
  return `${/[|&]/.test(type) ? `(${type})` : type} & RuleViolation<${literal(rule)}>`;
}

// A group that must not be given: each property below it states the group's rule too, so tsc's
// message quotes it wherever it elaborates (`config: { appId }` is reported at `appId`).
function violatedGroup(node: ParamNode, rule: string, uses: Uses): string {
  const properties = node.children.map(
    (c) =>
      `readonly ${c.name}?: ${c.param ? violated(typeText(c.param.type, uses), rule, uses) : violatedGroup(c, rule, uses)};`,
  );
  return violated(`{ ${properties.join(" ")} }`, rule, uses);
}

// "config.appId is only allowed when factorType is 'push'": the values for which any of `params` applies.
function onlyWhenRule(
  path: readonly string[],
  params: readonly TsParameter[],
  disc: TsDiscriminator | null,
): string {
  if (!disc) throw new Error("emitter bug: a property applies to no value without a discriminator");
  const values = disc.values.filter((v) => params.some((p) => appliesTo(p, disc, v)));
  return `${path.join(".")} is only allowed when ${disc.tsPath.join(".")} is ${values.map((v) => `'${v}'`).join(" or ")}`;
}

// The property path of a group node: a leaf's path without the steps below the node.
function groupPath(node: ParamNode): readonly string[] {
  let below = 0;
  let leaf = node;
  while (!leaf.param) {
    leaf = leaf.children[0]!;
    below++;
  }
  return leaf.param.tsPath.slice(0, leaf.param.tsPath.length - below);
}

/** The parameter type of a stream: `limit` plus the list parameters it passes on to each page request. */
export function streamParamTypeStatements(op: TsOperation, uses: Uses): StatementStructures[] {
  const stream = op.stream;
  if (!stream) return [];
  const [main, ...nested] = objectInterfaces(
    stream.paramsTypeName,
    paramsBase(stream.paramsTypeName),
    paramTree(stream.parameters),
    op,
    null,
    [`Parameters of ${stream.functionName}: ${stream.summary}`],
    uses,
  );
  const limit = {
    name: stream.limitName,
    isReadonly: true,
    hasQuestionToken: true,
    type: "number",
    docs: tsdoc([
      "The most items to yield; the stream stops requesting pages once it has yielded this many. A non-negative integer.",
    ]),
  };
  const withLimit = {
    ...(main as InterfaceDeclarationStructure),
    properties: [limit, ...((main as InterfaceDeclarationStructure).properties ?? [])],
  };
  return [withLimit, ...nested];
}

// "to and verificationSid exclude each other: give exactly one".
function exactlyOneRule(members: readonly { readonly name: string }[]): string {
  const names = members.map((m) => m.name);
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)} exclude each other: give exactly one`;
}

// "Exactly one of" as types: each group a union whose members require one property and forbid the others.
function choiceTypes(op: TsOperation, uses: Uses): string | null {
  const groups = typedChoices(op);
  if (!groups.length) return null;
  const typeOf = (wire: string) => typeText(op.parameters.find((p) => p.wireName === wire)!.type, uses);
  return groups
    .map(
      (members) =>
        `(${members
          .map(
            (m) =>
              `{ readonly ${m.name}: ${typeOf(m.wireName)}; ${members
                .filter((o) => o !== m)
                .map(
                  (o) =>
                    `readonly ${o.name}?: ${violated(typeOf(o.wireName), exactlyOneRule(members), uses)};`,
                )
                .join(" ")} }`,
          )
          .join(" | ")})`,
    )
    .join(" & ");
}
