/**
 * Phaser's sources guard optional parts with `if (typeof WEBGL_RENDERER)` and similar, which Phaser's
 * own webpack build turns into `if (true)` / `if (false)`. Left alone, `typeof X` is a non-empty
 * string and every guarded part (the canvas renderer, sound, debug hooks) would be bundled. esbuild's
 * and rolldown's `define` cannot take `typeof X` keys, so this plugin rewrites the expressions itself,
 * only in Phaser's source files, before the bundler sees them; dead branches then drop out.
 */
import type { Plugin } from 'vite';

/** The map draws with WebGL only; howler plays the sound; no debug hooks or optional plugins. */
export const MAP_PHASER_FLAGS: Readonly<Record<string, boolean>> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: false,
  FEATURE_SOUND: false,
  WEBGL_DEBUG: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

const PHASER_SOURCE = /[\\/]node_modules[\\/]phaser[\\/]src[\\/].*\.js$/;

/** Replaces `typeof FLAG` with the flag's value; any flag in the sources not listed is an error, not a guess. */
export function replacePhaserFlags(code: string, flags: Readonly<Record<string, boolean>>, id = 'source'): string {
  return code.replace(/\btypeof\s+([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/g, (expression, name: string) => {
    const value = flags[name];
    if (value === undefined) {
      throw new Error(`${id}: Phaser build flag ${name} has no value in the phaser-flags plugin; add it`);
    }
    return String(value);
  });
}

export function phaserFlagsPlugin(flags: Readonly<Record<string, boolean>> = MAP_PHASER_FLAGS): Plugin {
  return {
    name: 'petrograd-phaser-flags',
    enforce: 'pre',
    transform: {
      filter: { id: PHASER_SOURCE },
      handler(code, id) {
        if (!code.includes('typeof ')) return null;
        const replaced = replacePhaserFlags(code, flags, id);
        return replaced === code ? null : { code: replaced, map: null };
      },
    },
  };
}
