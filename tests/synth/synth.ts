/**
 * Synthesizes the whole SST app in-process, offline, for assertions on the CloudFormation templates.
 *
 * How it stays offline:
 * - NODE_ENV=test makes SST's `App.finish()` skip the bootstrap lookup (the only AWS call, needed
 *   for source-map upload); no stack uses lookups (`fromLookup`), so CDK never asks for credentials.
 * - Function code: SST builds every function in a deferred task through its runtime handler
 *   (esbuild, then `npm install` of the `nodejs.install` list). We replace only the Node handler's
 *   `build` with a stub that checks the handler file exists (as esbuild would) and writes a
 *   one-line module; everything else of SST's pipeline (artifact dir, asset, runtime) runs as in a
 *   deploy. The props SST passed to the build are recorded, so bundling options can be asserted.
 * - The static site: `buildApp` (`npm run build`) and the zip of `web/dist` are replaced by a tiny
 *   asset; the bucket, distribution and uploader custom resource are created as in a deploy.
 * - Project output (`.sst/types`, artifacts) goes to a temp dir, so a concurrent run elsewhere in the
 *   tree is not disturbed; the CDK `cdk.out` is a temp dir by default.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Template } from "aws-cdk-lib/assertions";
import { Asset } from "aws-cdk-lib/aws-s3-assets";
import { App, StaticSite, getStack, type FunctionProps, type StaticSiteProps } from "sst/constructs";
import { initProject, useProject } from "sst/project.js";
import { useRuntimeHandlers } from "sst/runtime/handlers.js";
import config from "../../sst.config.js";
import { Api, apiRouteStacks } from "../../stacks/Api.js";
import { Auth } from "../../stacks/Auth.js";
import { Monitoring } from "../../stacks/Monitoring.js";
import { Storage } from "../../stacks/Storage.js";
import { Web } from "../../stacks/Web.js";
import { Workflows } from "../../stacks/Workflows.js";

export const REGION = "eu-central-1";
export const ACCOUNT = "123456789012";
export const STAGE = "test";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type StackFn = (ctx: any) => unknown;
const stackFns: Record<string, StackFn> = {
  Storage,
  Auth,
  Workflows,
  Api,
  // One stack per further route group (see routeGroups in routes.ts).
  ...Object.fromEntries(apiRouteStacks.map((f) => [f.name, f])),
  Web,
  Monitoring,
};
export type StackName = string;
export const stackNames = Object.keys(stackFns);
/** The stacks that hold API routes and their functions. */
export const apiStackNames = ["Api", ...apiRouteStacks.map((f) => f.name)];

/** One resource of a template. */
export interface Resource {
  Type: string;
  Properties: Record<string, any>;
  [key: string]: any;
}
export interface Cfn {
  Resources: Record<string, Resource>;
  Outputs?: Record<string, { Value: unknown; Export?: { Name: string } }>;
}

export interface Synth {
  templates: Record<StackName, Template>;
  json: Record<StackName, Cfn>;
  /** Renders a template value to a string: `{Ref Stack.Id}` / `{GetAtt Stack.Id.Attr}` for references, imports followed. */
  resolve(stack: StackName, value: unknown): any;
  /** Props SST handed to the Node build, per function handler. */
  builtFunctions: Map<string, FunctionProps>;
  builtSites: StaticSiteProps[];
}

export const ref = (stack: StackName, id: string) => `{Ref ${stack}.${id}}`;
export const getAtt = (stack: StackName, id: string, attr: string) => `{GetAtt ${stack}.${id}.${attr}}`;

function stubBuilds(tmp: string, builtFunctions: Map<string, FunctionProps>, builtSites: StaticSiteProps[]) {
  const node = useRuntimeHandlers().for("nodejs22.x");
  node.build = async ({ props, out }) => {
    const handler = props.handler!;
    const parsed = path.parse(handler);
    const source = [".ts", ".tsx", ".mts", ".js", ".mjs"].map((ext) => path.join(parsed.dir, parsed.name + ext)).find((f) => fs.existsSync(f));
    if (!source) return { type: "error", errors: [`Could not find file for handler "${handler}"`] };
    builtFunctions.set(handler, props);
    const target = path.join(out, parsed.dir, `${parsed.name}.mjs`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, `export const ${parsed.ext.slice(1)} = async () => ({});\n`);
    // The same handler string esbuild's build returns: path inside the artifact + export name.
    return { type: "success", handler };
  };

  const siteStub = path.join(tmp, "site");
  fs.mkdirSync(siteStub, { recursive: true });
  fs.writeFileSync(path.join(siteStub, "index.html"), "<!doctype html><title>stub</title>\n");
  const site = StaticSite.prototype as unknown as Record<string, unknown>;
  site.buildApp = function (this: { props: StaticSiteProps }) {
    builtSites.push(this.props);
  };
  site.createS3Assets = function (this: StaticSite) {
    return [new Asset(this, "Asset0", { path: siteStub })];
  };
  site.bundleFilenamesAsset = () => undefined;
}

/** Follows references across stacks (Fn::ImportValue → the exporting stack's output). */
function resolver(json: Record<StackName, Cfn>) {
  const pseudo: Record<string, string> = {
    "AWS::Partition": "aws",
    "AWS::Region": REGION,
    "AWS::AccountId": ACCOUNT,
    "AWS::URLSuffix": "amazonaws.com",
  };
  const resolve = (stack: StackName, value: unknown): any => {
    if (Array.isArray(value)) return value.map((v) => resolve(stack, v));
    if (value === null || typeof value !== "object") return value;
    const obj = value as Record<string, any>;
    if ("Ref" in obj) return pseudo[obj.Ref] ?? ref(stack, obj.Ref);
    if ("Fn::GetAtt" in obj) return getAtt(stack, obj["Fn::GetAtt"][0], obj["Fn::GetAtt"][1]);
    if ("Fn::Join" in obj) {
      const [sep, parts] = obj["Fn::Join"];
      return (resolve(stack, parts) as unknown[]).join(sep);
    }
    if ("Fn::ImportValue" in obj) {
      const name = obj["Fn::ImportValue"];
      for (const s of stackNames) {
        const output = Object.values(json[s].Outputs ?? {}).find((o) => o.Export?.Name === name);
        if (output) return resolve(s, output.Value);
      }
      throw new Error(`no stack exports ${name}`);
    }
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, resolve(stack, v)]));
  };
  return resolve;
}

/** Synthesizes the app for `stage` (default the test stage), with `env` set in process.env meanwhile. */
export async function synthesize(stage = STAGE, env: Record<string, string> = {}): Promise<Synth> {
  process.env.NODE_ENV = "test";
  process.env.JSII_DEPRECATED = "quiet";
  Object.assign(process.env, env);
  await initProject({ stage });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "exidmet-synth-"));
  const project = useProject();
  project.paths.out = path.join(tmp, ".sst");
  project.paths.artifacts = path.join(tmp, ".sst", "artifacts");
  fs.mkdirSync(project.paths.artifacts, { recursive: true });

  const builtFunctions = new Map<string, FunctionProps>();
  const builtSites: StaticSiteProps[] = [];
  stubBuilds(tmp, builtFunctions, builtSites);

  const app = new App({ mode: "deploy", stage, name: project.config.name, region: REGION, account: ACCOUNT });
  await config.stacks(app);
  await app.finish();

  const templates = {} as Record<StackName, Template>;
  const json = {} as Record<StackName, Cfn>;
  for (const name of stackNames) {
    templates[name] = Template.fromStack(getStack(stackFns[name] as never));
    json[name] = templates[name].toJSON() as Cfn;
  }
  return { templates, json, resolve: resolver(json), builtFunctions, builtSites };
}

/** Resources of one type, optionally filtered, as [logicalId, resource] pairs. */
export function resources(cfn: Cfn, type: string, where: (r: Resource, id: string) => boolean = () => true): [string, Resource][] {
  return Object.entries(cfn.Resources).filter(([id, r]) => r.Type === type && where(r, id));
}

/** The single resource of a type matching `where`; fails loudly otherwise. */
export function only(cfn: Cfn, type: string, where?: (r: Resource, id: string) => boolean): [string, Resource] {
  const found = resources(cfn, type, where);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}: ${found.map(([id]) => id).join(", ")}`);
  return found[0]!;
}

/** Our functions (not CDK/SST helper functions): their handler is under functions/. */
export const isAppFunction = (r: Resource) => r.Type === "AWS::Lambda::Function" && String(r.Properties.Handler).startsWith("functions/");
