/**
 * The built content script: one self-contained classic file at a fixed path (vite.config.ts
 * builds it), so the background can register it for granted sites and inject it on demand
 * without making any chunk web accessible.
 */
export const CONTENT_SCRIPT_FILE = 'content.js';
