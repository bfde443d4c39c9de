/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// No React plugin: esbuild's own JSX transform (automatic runtime) is all this app needs, and it keeps the
// toolchain to vite + vitest. The build goes straight into the jar's resources, where Spring Boot serves
// static files from (classpath:/META-INF/resources/): the gateway, depending on this jar, serves it at "/".
export default defineConfig({
  esbuild: {
    jsx: 'automatic',
  },
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    sourcemap: false,
    // chart.js is the big one; one chunk per page group keeps the first load small
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      onwarn(warning, warn) {
        // react-router marks its modules "use client" (for server components); meaningless in this bundle
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    // `npm run dev` against a gateway on 8080
    proxy: {
      '/api': 'http://localhost:8080',
      '/ui-config.json': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    // the step forms turn the local time of an <input type="datetime-local"> into an instant: fix the zone
    env: { TZ: 'Europe/Amsterdam' },
    reporters: ['default'],
  },
});
