/** The main table exactly as resources.ts describes it: pk/sk, four GSIs (all attributes projected), TTL. */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { mainTable } from "@exidmet/core/infra/resources";

export async function ensureTable(client: DynamoDBClient, tableName: string = mainTable.localName): Promise<string> {
  const exists = await client.send(new DescribeTableCommand({ TableName: tableName })).then(
    () => true,
    (e) => {
      if (e instanceof ResourceNotFoundException || e?.name === "ResourceNotFoundException") return false;
      throw e;
    },
  );
  if (!exists) {
    const keyNames = new Set<string>([mainTable.partitionKey, mainTable.sortKey]);
    for (const index of mainTable.indexes) {
      keyNames.add(index.partitionKey);
      keyNames.add(index.sortKey);
    }
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [...keyNames].map((AttributeName) => ({ AttributeName, AttributeType: "S" })),
        KeySchema: [
          { AttributeName: mainTable.partitionKey, KeyType: "HASH" },
          { AttributeName: mainTable.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: mainTable.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        })),
      }),
    );
  }
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (ttl.TimeToLiveDescription?.TimeToLiveStatus !== "ENABLED") {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: mainTable.timeToLiveAttribute, Enabled: true },
      }),
    );
  }
  return tableName;
}
