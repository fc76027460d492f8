import { defineConfig, loadEnv, type Plugin } from "vite";
import preact from "@preact/preset-vite";

/**
 * Build-time configuration comes from VITE_* variables (process env or web/.env*). The built
 * index.html also carries a Content-Security-Policy that allows only this origin plus the API
 * and Cognito origins named in that configuration (no inline scripts or styles).
 */
function contentSecurityPolicy(env: Record<string, string>): Plugin {
  const origins = [env.VITE_API_URL, env.VITE_COGNITO_ENDPOINT]
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
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
  return {
    name: "exidmet-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: policy }, injectTo: "head-prepend" }],
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), "VITE_");
  return {
    plugins: [preact(), contentSecurityPolicy(env)],
    build: {
      target: "es2020",
      // No inline data: URIs for scripts/styles; keep modulepreload but without the inline polyfill.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      reportCompressedSize: true,
    },
  };
});
