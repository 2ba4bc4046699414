import type { BuildHandlerOptions } from "@smithy/types";

export const contentLengthMiddlewareOptions: BuildHandlerOptions = {
  name: "contentLengthMiddleware",
  step: "build",
  tags: ["SET_CONTENT_LENGTH", "CONTENT_LENGTH"],
  override: true,
};
