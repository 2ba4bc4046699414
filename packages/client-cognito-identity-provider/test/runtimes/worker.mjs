// workerd (through Miniflare): the flow options arrive as the FLOW binding, the outcome goes back as
// the response. Bundled with the built packages by the test, as a Workers build does.
import { recoveryFlow } from "./recoveryFlow.mjs";

export default {
  async fetch(_request, env) {
    return Response.json(await recoveryFlow(JSON.parse(env.FLOW)));
  },
};
