/**
 * ts-morph's two enums the emitters build structures with, as plain values, so that building and
 * printing structures loads neither ts-morph nor TypeScript (`test/generator/printed-modules.test.ts`
 * checks them against ts-morph's own).
 */
import type * as TsMorph from "ts-morph";

/** ts-morph's `StructureKind`, the same numbers, without loading ts-morph. */
export const StructureKind = {
  ImportAttribute: 0,
  CallSignature: 1,
  Class: 2,
  ClassStaticBlock: 3,
  ConstructSignature: 4,
  Constructor: 5,
  ConstructorOverload: 6,
  Decorator: 7,
  Enum: 8,
  EnumMember: 9,
  ExportAssignment: 10,
  ExportDeclaration: 11,
  ExportSpecifier: 12,
  Function: 13,
  FunctionOverload: 14,
  GetAccessor: 15,
  ImportDeclaration: 16,
  ImportSpecifier: 17,
  IndexSignature: 18,
  Interface: 19,
  JsxAttribute: 20,
  JsxSpreadAttribute: 21,
  JsxElement: 22,
  JsxSelfClosingElement: 23,
  JSDoc: 24,
  JSDocTag: 25,
  Method: 26,
  MethodOverload: 27,
  MethodSignature: 28,
  Module: 29,
  Parameter: 30,
  Property: 31,
  PropertyAssignment: 32,
  PropertySignature: 33,
  SetAccessor: 34,
  ShorthandPropertyAssignment: 35,
  SourceFile: 36,
  SpreadAssignment: 37,
  TypeAlias: 38,
  TypeParameter: 39,
  VariableDeclaration: 40,
  VariableStatement: 41,
} as unknown as typeof TsMorph.StructureKind;

/** ts-morph's `VariableDeclarationKind`, the same strings, without loading ts-morph. */
export const VariableDeclarationKind = {
  Var: "var",
  Let: "let",
  Const: "const",
  AwaitUsing: "await using",
  Using: "using",
} as unknown as typeof TsMorph.VariableDeclarationKind;
