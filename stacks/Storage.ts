/**
 * Data at rest: the single DynamoDB table and the private uploads bucket (resources.ts).
 */
import { Duration } from "aws-cdk-lib";
import { TableEncryption } from "aws-cdk-lib/aws-dynamodb";
import { BucketEncryption } from "aws-cdk-lib/aws-s3";
import { Bucket, Table, type StackContext, type TableProps } from "sst/constructs";
import { mainTable, uploadsBucket } from "../packages/core/src/infra/resources.js";
import { isProd, webOrigin } from "./settings.js";

export function Storage({ stack, app }: StackContext) {
  const keys = [mainTable.partitionKey, mainTable.sortKey, ...mainTable.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  const globalIndexes: NonNullable<TableProps["globalIndexes"]> = {};
  for (const index of mainTable.indexes) {
    globalIndexes[index.name] = { partitionKey: index.partitionKey, sortKey: index.sortKey, projection: "all" };
  }

  const table = new Table(stack, mainTable.id, {
    // Every key attribute is a string; other attributes need no declaration in DynamoDB.
    fields: Object.fromEntries(keys.map((k) => [k, "string" as const])),
    primaryIndex: { partitionKey: mainTable.partitionKey, sortKey: mainTable.sortKey },
    globalIndexes,
    timeToLiveAttribute: mainTable.timeToLiveAttribute,
    // Not consumed yet; enabled now so a future consumer (audit export, search) needs no table replacement.
    stream: "new_image",
    cdk: {
      table: {
        // SST already sets on-demand billing and point-in-time recovery. Personal data: encrypted
        // with the AWS-managed KMS key, which needs no extra IAM grants for the functions.
        encryption: TableEncryption.AWS_MANAGED,
        deletionProtection: isProd(app.stage),
      },
    },
  });

  const bucket = new Bucket(stack, uploadsBucket.id, {
    // Block all public access and enforce bucket-owner object ownership (no ACLs).
    blockPublicACLs: true,
    // The browser uploads straight to S3 with presigned POST/PUT, and may fetch presigned GETs.
    cors: [
      {
        allowedOrigins: [webOrigin(app.stage)],
        allowedMethods: ["POST", "PUT", "GET"],
        allowedHeaders: ["*"],
        exposedHeaders: ["ETag"],
        maxAge: "1 hour",
      },
    ],
    cdk: {
      bucket: {
        enforceSSL: true,
        encryption: BucketEncryption.S3_MANAGED,
        lifecycleRules: [
          {
            id: "abandoned-uploads",
            prefix: uploadsBucket.pendingPrefix,
            expiration: Duration.days(uploadsBucket.abandonedUploadDays),
          },
          {
            id: "incomplete-multipart",
            abortIncompleteMultipartUploadAfter: Duration.days(uploadsBucket.abandonedUploadDays),
          },
        ],
      },
    },
  });

  return { table, bucket };
}
