// Source imports resolve here (tests, Node build); the browser build swaps in configuredEndpoint.browser.ts.
export * from "./configuredEndpoint.node.js";
