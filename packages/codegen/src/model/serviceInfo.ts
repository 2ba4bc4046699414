import { T } from "./ast.js";
import type { Shape } from "./ShapeGraph.js";

/** The names and identifiers generated code derives from the service shape. */
export interface ServiceInfo {
  /** "CognitoIdentityProvider": sdkId without spaces, or the service shape name. */
  baseName: string;
  clientName: string;
  exceptionName: string;
  /** What the paginators take, under the AWS SDK's name ("CognitoIdentityProviderPaginationConfiguration"). */
  paginationConfigName: string;
  /** The service shape name: awsJson's X-Amz-Target prefix. */
  targetPrefix: string;
  sdkId: string;
  /** sdkId, lower-case, words joined by dashes ("cognito-identity-provider"). */
  uaServiceId: string;
  apiVersion: string;
  signingName: string;
  endpointRuleSet?: unknown;
}

export function serviceInfo(service: Shape): ServiceInfo {
  const aws = service.traits[T.awsService] as { sdkId?: string; arnNamespace?: string; endpointPrefix?: string } | undefined;
  const sigv4 = service.traits[T.sigv4] as { name?: string } | undefined;
  const sdkId = aws?.sdkId ?? service.name;
  // The AWS SDKs turn sdkId into a class name by dropping everything but letters and digits.
  const baseName = aws?.sdkId ? sdkId.split(/[^A-Za-z0-9]+/).map(capitalize).join("") : service.name;
  const uaServiceId = sdkId.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return {
    baseName,
    clientName: `${baseName}Client`,
    exceptionName: `${baseName}ServiceException`,
    paginationConfigName: `${baseName}PaginationConfiguration`,
    targetPrefix: service.name,
    sdkId,
    uaServiceId,
    apiVersion: service.ast.version ?? "",
    signingName: sigv4?.name ?? aws?.arnNamespace ?? aws?.endpointPrefix ?? uaServiceId,
    endpointRuleSet: service.traits[T.endpointRuleSet],
  };
}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
