/** Certificates (services 5 and 6): the public verification by code, and the owner's download. */
import { citizen, publicAccess, route, type RouteDef } from "../route-def.js";

export const certificateRoutes: readonly RouteDef[] = [
  route("certificates.verify", "GET", "/certificates/{code}", publicAccess, { dynamodb: 1 }, "public check of a certificate by its code (no sign-in; only what proves it genuine)"),
  route("me.certificates.download", "GET", "/me/certificates/{code}/download", citizen, { dynamodb: 1, s3: 1 }, "a short-lived download link of the owner's certificate PDF"),
];
