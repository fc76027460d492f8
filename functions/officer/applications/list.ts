import { listApplicationQueue } from "@exidmet/core/applications/officer-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.applications.list", async (req) => ({ body: await listApplicationQueue({ store: dynamoStore() }, req.query) }));
