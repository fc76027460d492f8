import { setOfficialEnabled } from "@exidmet/core/officials/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { cognitoDirectory } from "@exidmet/aws/adapters/cognito-directory";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.officials.disable", async (req) => ({
  body: await setOfficialEnabled({ store: dynamoStore(), clock: systemClock, directory: cognitoDirectory() }, officialOf(req), req.params.username, false),
}));
