/**
 * The web app (web/, Vite) on S3 + CloudFront, with strict security headers.
 */
import { Duration } from "aws-cdk-lib";
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from "aws-cdk-lib/aws-cloudfront";
import { BucketEncryption } from "aws-cdk-lib/aws-s3";
import { StaticSite, use, type StackContext } from "sst/constructs";
import { Api } from "./Api.js";
import { Auth } from "./Auth.js";
import { Storage } from "./Storage.js";

export function Web({ stack }: StackContext) {
  const { api } = use(Api);
  const { citizens, officials } = use(Auth);
  const { bucket } = use(Storage);
  const cognitoEndpoint = `https://cognito-idp.${stack.region}.amazonaws.com/`;

  // No inline scripts or styles; the browser talks only to the API, Cognito and (uploads) the bucket.
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${api.url} ${cognitoEndpoint} https://${bucket.cdk.bucket.bucketRegionalDomainName}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const headers = new ResponseHeadersPolicy(stack, "SecurityHeaders", {
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
      strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      contentTypeOptions: { override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
    },
    customHeadersBehavior: {
      customHeaders: [{ header: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()", override: true }],
    },
  });

  const site = new StaticSite(stack, "Site", {
    path: "web",
    buildCommand: "npm run build",
    buildOutput: "dist",
    // SPA routing: unknown paths serve index.html.
    errorPage: "redirect_to_index_page",
    environment: {
      VITE_API_URL: api.url,
      VITE_CITIZENS_POOL_ID: citizens.userPool.userPoolId,
      VITE_CITIZENS_CLIENT_ID: citizens.client.userPoolClientId,
      VITE_OFFICIALS_POOL_ID: officials.userPool.userPoolId,
      VITE_OFFICIALS_CLIENT_ID: officials.client.userPoolClientId,
      VITE_COGNITO_ENDPOINT: cognitoEndpoint,
      VITE_REGION: stack.region,
      VITE_UPLOADS_ORIGIN: `https://${bucket.cdk.bucket.bucketRegionalDomainName}`,
    },
    // SST would otherwise write src/sst-env.d.ts into web/ on every synth; web/src/env.d.ts declares these.
    vite: { types: "../.sst/web-env.d.ts" },
    cdk: {
      bucket: { enforceSSL: true, encryption: BucketEncryption.S3_MANAGED },
      distribution: { defaultBehavior: { responseHeadersPolicy: headers } },
    },
  });

  stack.addOutputs({ SiteUrl: site.url ?? "" });
  return { site };
}
