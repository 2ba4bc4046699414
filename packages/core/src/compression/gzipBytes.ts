// Source imports resolve here (tests, Node build); the browser build swaps in gzipBytes.browser.ts.
export * from "./gzipBytes.node.js";
