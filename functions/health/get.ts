import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("health.get", async () => ({ body: { ok: true } }));
