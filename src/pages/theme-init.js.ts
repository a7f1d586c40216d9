import type { APIRoute } from 'astro';
import { themeInitScript } from '../lib/theme';

/** /theme-init.js: the stored theme applied before the first paint (see src/lib/theme.ts). */
export const GET: APIRoute = () => new Response(themeInitScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
