import { awsIsVirtualHostableS3Bucket, awsParseArn } from "./awsFunctions.js";
import { coalesce, isValidHostLabel, ite, parseURL, split, substring, uriEncode } from "./functions.js";
import type { EndpointFunction } from "./types.js";

/**
 * Every function beyond the evaluator's built-ins, by rule-set name. For hand-written rule sets
 * (`{ ...ruleSet, functions: endpointFunctions }`); generated rule sets list only what they call.
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
