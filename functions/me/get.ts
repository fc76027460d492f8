import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.get", async (req) => {
  const { sub, email, idCard, fin, name } = citizenOf(req);
  return { body: { sub, email, idCard, ...(fin ? { fin } : {}), ...(name ? { name } : {}) } };
});
