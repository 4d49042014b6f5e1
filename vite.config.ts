import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs so a build works from any sub-path or straight from disk.
  base: './',
  plugins: [react()],
  build: { target: 'es2022' },
  worker: { format: 'es' },
});
