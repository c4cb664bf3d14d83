import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The desktop app embeds dist/; `wails dev` runs `npm run dev` and proxies
// the window to this server.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    strictPort: false,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
