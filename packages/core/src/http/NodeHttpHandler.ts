export * from "./NodeHttpHandler.node.js";
