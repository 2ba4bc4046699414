// Source imports resolve here (tests, Node build); the browser build swaps in compressionSettings.browser.ts.
export * from "./compressionSettings.node.js";
