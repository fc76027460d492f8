import { defineConfig, loadEnv, type Plugin } from "vite";
import preact from "@preact/preset-vite";
import { fileURLToPath } from "node:url";

const webDir = fileURLToPath(new URL(".", import.meta.url));

/**
 * Build-time configuration comes from VITE_* variables (process env or web/.env*). The built
 * index.html also carries a Content-Security-Policy that allows only this origin plus the API
 * Cognito and uploads-bucket origins named in that configuration (no inline scripts or styles).
 */
function contentSecurityPolicy(env: Record<string, string>, command: "build" | "serve"): Plugin {
  const origins = [env.VITE_API_URL, env.VITE_COGNITO_ENDPOINT, env.VITE_UPLOADS_ORIGIN]
    .filter(Boolean)
    .map((u) => {
      try {
        return new URL(u).origin;
      } catch {
        return "";
      }
    })
    .filter(Boolean);
  const connect = ["'self'", ...new Set(origins)].join(" ");
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
  return {
    name: "exidmet-csp",
    // index.html holds the meta element right after <meta charset>, before any script it governs.
    // The dev server injects inline scripts (HMR), so it gets no policy.
    transformIndexHtml: (html) =>
      command === "build" ? html.replace("__CONTENT_SECURITY_POLICY__", policy) : html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ""),
  };
}

export default defineConfig(({ mode, command }) => {
  const env = loadEnv(mode, webDir, "VITE_");
  return {
    plugins: [preact(), contentSecurityPolicy(env, command)],
    build: {
      target: "es2020",
      // No inline data: URIs for scripts/styles; keep modulepreload but without the inline polyfill.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      reportCompressedSize: true,
    },
  };
});
