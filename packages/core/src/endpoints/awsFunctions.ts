/**
 * The AWS rules-engine functions. https://smithy.io/2.0/aws/rules-engine/library-functions.html
 * Behaviour follows Smithy's reference implementation where the prose is silent.
 */
import type { Partition, PartitionOutputs } from "./types.js";

/**
 * `aws.partition`: a region listed by name wins, then the first partition whose regex matches, then "aws".
 * No regex cache: a client resolves its endpoint once, and V8 caches compiled regexes by source anyway.
 */
export const awsPartition = (partitions: readonly Partition[], region: string): Partial<PartitionOutputs> | undefined => {
  for (const p of partitions) if (p.regions && Object.hasOwn(p.regions, region)) return { ...p.outputs, ...p.regions[region] };
  return (partitions.find((p) => new RegExp(p.regionRegex).test(region)) ?? partitions.find((p) => p.id === "aws"))?.outputs;
};

export interface Arn {
  partition: string;
  service: string;
  region: string;
  accountId: string;
  resourceId: string[];
}

const ARN_RESOURCE_SEPARATORS = /[:/]/;

/** `aws.parseArn`: undefined unless "arn:partition:service:region:account:resource" with non-empty partition, service and resource. */
export const awsParseArn = (value: string): Arn | undefined => {
  const [arn, partition, service, region, accountId, ...rest] = value.split(":");
  const resource = rest.join(":");
  return arn === "arn" && partition && service && resource
    ? { partition, service, region: region!, accountId: accountId!, resourceId: resource.split(ARN_RESOURCE_SEPARATORS) }
    : undefined;
};

const BUCKET = /^[a-z\d][a-z\d-]{1,61}[a-z\d]$/;
const BUCKET_WITH_DOTS = /^[a-z\d][a-z\d.-]{1,61}[a-z\d]$/;
const IP_LIKE = /^(\d+\.){3}\d+$/;
const ADJACENT_DOT_OR_DASH = /[.-]{2}/;

/** `aws.isVirtualHostableS3Bucket`: can the bucket name be a host label (or dotted labels when `allowSubDomains`)? */
export const awsIsVirtualHostableS3Bucket = (value: string, allowSubDomains?: boolean): boolean =>
  allowSubDomains
    ? BUCKET_WITH_DOTS.test(value) && !IP_LIKE.test(value) && !ADJACENT_DOT_OR_DASH.test(value)
    : BUCKET.test(value);
