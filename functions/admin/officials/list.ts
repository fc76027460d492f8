import { listOfficials } from "@exidmet/core/officials/usecases";
import { cognitoDirectory } from "@exidmet/aws/adapters/cognito-directory";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.officials.list", async () => ({ body: { items: await listOfficials({ directory: cognitoDirectory() }) } }));
