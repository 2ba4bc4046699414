import { awsIsVirtualHostableS3Bucket, awsParseArn } from "./awsFunctions.js";
import { coalesce, isValidHostLabel, ite, parseURL, split, substring, uriEncode } from "./functions.js";
import type { EndpointFunction } from "./types.js";

/**
 * Every function beyond the evaluator's built-ins, by rule-set name, for rule sets evaluated as data
 * (`{ ...ruleSet, functions: endpointFunctions }`). Generated clients do not use it: their compiled
 * rules import just the functions they call (the generator's table is codegen's `FUNCTION_EXPORTS`).
 */
export const endpointFunctions: Readonly<Record<string, EndpointFunction>> = {
  coalesce,
  isValidHostLabel,
  ite,
  parseURL,
  split,
  substring,
  uriEncode,
  "aws.isVirtualHostableS3Bucket": awsIsVirtualHostableS3Bucket,
  "aws.parseArn": awsParseArn,
};
