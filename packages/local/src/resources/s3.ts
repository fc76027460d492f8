/** The uploads bucket with CORS for the web origin, as stacks/Storage.ts (the browser uploads with presigned POST/PUT). */
import { CreateBucketCommand, HeadBucketCommand, PutBucketCorsCommand, type S3Client } from "@aws-sdk/client-s3";
import { uploadsBucket } from "@exidmet/core/infra/resources";

export async function ensureBucket(client: S3Client, webOrigins: string[], bucket: string = uploadsBucket.localName): Promise<string> {
  const exists = await client.send(new HeadBucketCommand({ Bucket: bucket })).then(
    () => true,
    () => false,
  );
  if (!exists) await client.send(new CreateBucketCommand({ Bucket: bucket }));
  // Written every start: cheap, and the web origin may have moved to another port.
  await client.send(
    new PutBucketCorsCommand({
      Bucket: bucket,
      CORSConfiguration: {
        CORSRules: [
          {
            AllowedOrigins: webOrigins,
            AllowedMethods: ["POST", "PUT", "GET"],
            AllowedHeaders: ["*"],
            ExposeHeaders: ["ETag"],
            MaxAgeSeconds: 3600,
          },
        ],
      },
    }),
  );
  return bucket;
}
