import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officials.me", async (req) => {
  const { username, email, groups, stateBody } = officialOf(req);
  return { body: { username, email, groups, ...(stateBody ? { stateBody } : {}) } };
});
