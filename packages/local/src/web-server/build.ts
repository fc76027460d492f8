/**
 * Builds web/ with the local URLs and pool ids baked in (Vite inlines VITE_* at build time).
 * Output goes to `<dataDir>/web-dist`, not web/dist, so `npm start` and a test run (different
 * ports, different ids) never overwrite each other's build. Skipped when nothing changed.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface WebBuildResult {
  /** Folder to serve, if a build exists. */
  dir?: string;
  built: boolean;
  warning?: string;
}

const STAMP = ".exidmet-build-stamp";

function sourceFingerprint(webDir: string, env: Record<string, string>): string {
  const hash = createHash("sha256").update(JSON.stringify(env));
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === "node_modules" || entry.name === "dist" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const st = fs.statSync(full);
        hash.update(`${path.relative(webDir, full)}:${st.size}:${st.mtimeMs}\n`);
      }
    }
  };
  walk(webDir);
  return hash.digest("hex");
}

export async function buildWeb(rootDir: string, outDir: string, env: Record<string, string>, logDir: string): Promise<WebBuildResult> {
  const webDir = path.join(rootDir, "web");
  const previous = fs.existsSync(path.join(outDir, "index.html")) ? outDir : undefined;
  const pkgFile = path.join(webDir, "package.json");
  const pkg = fs.existsSync(pkgFile) ? (JSON.parse(fs.readFileSync(pkgFile, "utf8")) as { scripts?: Record<string, string> }) : undefined;
  if (!pkg?.scripts?.build) return { dir: previous, built: false, warning: "web/ has no build script yet — web app not built" };
  if (!fs.existsSync(path.join(webDir, "index.html"))) return { dir: previous, built: false, warning: "web/index.html does not exist yet — web app not built" };

  const fingerprint = sourceFingerprint(webDir, env);
  const stampFile = path.join(outDir, STAMP);
  if (previous && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === fingerprint) return { dir: outDir, built: false };

  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, "web-build.log");
  const log = fs.openSync(logFile, "w");
  // Under `npm start`, npm_execpath is npm's own CLI: use it with our node rather than whatever `npm` is on PATH.
  const npmCli = process.env.npm_execpath;
  const [command, prefix] = npmCli && /npm-cli\.js$/.test(npmCli) ? [process.execPath, [npmCli]] : ["npm", []];
  const code = await new Promise<number>((resolve) => {
    const child = spawn(command, [...prefix, "run", "build", "-w", "web", "--", "--outDir", outDir, "--emptyOutDir"], {
      cwd: rootDir,
      env: { ...process.env, ...env },
      stdio: ["ignore", log, log],
    });
    child.on("error", () => resolve(127));
    child.on("exit", (c) => resolve(c ?? 1));
  });
  fs.closeSync(log);
  if (code !== 0 || !fs.existsSync(path.join(outDir, "index.html"))) {
    return { dir: fs.existsSync(path.join(outDir, "index.html")) ? outDir : undefined, built: false, warning: `web build failed — see ${logFile}` };
  }
  fs.writeFileSync(stampFile, fingerprint);
  return { dir: outDir, built: true };
}
