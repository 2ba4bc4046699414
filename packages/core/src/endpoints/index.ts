export { resolveEndpoint } from "./resolveEndpoint.js";
export { EndpointError } from "./EndpointError.js";
export { getAttr } from "./getAttr.js";
export { coalesce, isValidHostLabel, ite, parseURL, split, substring, uriEncode } from "./functions.js";
export type { ParsedUrl } from "./functions.js";
export { awsIsVirtualHostableS3Bucket, awsParseArn, awsPartition } from "./awsFunctions.js";
export type { Arn } from "./awsFunctions.js";
export { endpointFunctions } from "./endpointFunctions.js";
export type {
  Condition,
  EndpointFunction,
  EndpointObject,
  EndpointParameter,
  EndpointParams,
  EndpointResult,
  EndpointRule,
  EndpointRuleSet,
  ErrorRule,
  Expression,
  FunctionCall,
  Partition,
  PartitionOutputs,
  Reference,
  Rule,
  TreeRule,
} from "./types.js";
