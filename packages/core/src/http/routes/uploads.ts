/** Citizens' file uploads, shared by the services that take documents (3, 5, 7). */
import { citizen, route, type RouteDef } from "../route-def.js";

export const uploadRoutes: readonly RouteDef[] = [
  route("me.uploads.start", "POST", "/me/uploads", citizen, { dynamodb: 1, s3: 1 }, "a presigned POST for one file (PDF/JPEG/PNG, size-limited)"),
  route("me.uploads.confirm", "POST", "/me/uploads/{uploadId}/confirm", citizen, { dynamodb: 2, s3: 4 }, "check the uploaded file's real type from its bytes; delete it if refused"),
];
