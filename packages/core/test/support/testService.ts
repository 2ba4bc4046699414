// The service description the core specs drive a client or a default stack with, instead of a
// generated client's. Tests that check a field (e.g. the user agent's version) pass it as an override.
import type { ServiceSchema } from "../../src/client/types.js";
import { ServiceException } from "../../src/errors/ServiceException.js";

export const testService = (overrides: Partial<ServiceSchema> = {}): ServiceSchema => ({
  targetPrefix: "TestService",
  clientName: "TestClient",
  sdkId: "Test",
  uaServiceId: "test",
  packageVersion: "0.0.0",
  apiVersion: "2024-01-01",
  signingName: "test",
  ServiceException,
  ...overrides,
});
