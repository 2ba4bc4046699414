/**
 * The rules-engine functions beyond the built-ins (`isSet`, `not`, `booleanEquals`, `stringEquals`,
 * `getAttr`, `aws.partition`), by rule-set name → @lithe/core export. Compiled code calls the export.
 */
export const FUNCTION_EXPORTS: Readonly<Record<string, string>> = {
  coalesce: "coalesce",
  isValidHostLabel: "isValidHostLabel",
  ite: "ite",
  parseURL: "parseURL",
  split: "split",
  substring: "substring",
  uriEncode: "uriEncode",
  "aws.isVirtualHostableS3Bucket": "awsIsVirtualHostableS3Bucket",
  "aws.parseArn": "awsParseArn",
};
