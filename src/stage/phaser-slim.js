/**
 * The part of Phaser the map uses, bundled from Phaser's CommonJS sources instead of its 1.4 MB
 * prebuilt file. Vite aliases `phaser` to this file (see vite.config.ts); TypeScript still takes
 * its types from the phaser package, so the map's `import Phaser from 'phaser'` is unchanged.
 *
 * Modelled on phaser/src/phaser-core.js. Everything the map calls must be reachable from here:
 * a namespace that is missing fails at run time, not at type-check time, so when the map starts
 * using a new part of Phaser (a game object, a scene plugin, a namespace) add it below.
 *
 * Scene plugins register themselves with Phaser's PluginCache when their module is required, and a
 * scene silently goes without any default plugin that was never registered: the Clock (scene.time),
 * TweenManager (scene.tweens), ScenePlugin (scene.scene), CameraManager, DisplayList and UpdateList
 * are required here for that side effect. Input, Loader, Data and Lights plugins are left out.
 * Likewise `scene.add.<kind>` exists only for kinds whose Factory file is required.
 *
 * The build flags in Phaser's sources (`typeof WEBGL_RENDERER` and friends) are replaced by
 * tools/phaser/vite-plugin-phaser-flags.ts: WebGL only, no canvas renderer, no sound.
 */
'use strict';

var CONST = require('phaser-src/const');
var Extend = require('phaser-src/utils/object/Extend');

// First, as in Phaser's own entries: the WebGL batch handlers require this index back while it loads
// them, and that cycle only resolves when the index is the one required first.
var Renderer = require('phaser-src/renderer');

// Scene plugins, required for their registration with the PluginCache.
require('phaser-src/events/EventEmitter');
require('phaser-src/gameobjects/DisplayList');
require('phaser-src/gameobjects/UpdateList');

var Phaser = {
  BlendModes: require('phaser-src/renderer/BlendModes'),
  Cameras: { Scene2D: require('phaser-src/cameras/2d') },
  Class: require('phaser-src/utils/Class'),
  Display: { Color: require('phaser-src/display/color') },
  Events: require('phaser-src/events'),
  Game: require('phaser-src/core/Game'),
  GameObjects: {
    Events: require('phaser-src/gameobjects/events'),
    GameObject: require('phaser-src/gameobjects/GameObject'),
    Container: require('phaser-src/gameobjects/container/Container'),
    Graphics: require('phaser-src/gameobjects/graphics/Graphics'),
    Image: require('phaser-src/gameobjects/image/Image'),
    Layer: require('phaser-src/gameobjects/layer/Layer'),
    Particles: require('phaser-src/gameobjects/particles'),
    Rectangle: require('phaser-src/gameobjects/shape/rectangle/Rectangle'),
    Text: require('phaser-src/gameobjects/text/Text'),
    TileSprite: require('phaser-src/gameobjects/tilesprite/TileSprite'),
    // Each factory adds its `scene.add.<kind>` method when required.
    Factories: {
      Container: require('phaser-src/gameobjects/container/ContainerFactory'),
      Graphics: require('phaser-src/gameobjects/graphics/GraphicsFactory'),
      Image: require('phaser-src/gameobjects/image/ImageFactory'),
      Layer: require('phaser-src/gameobjects/layer/LayerFactory'),
      Particles: require('phaser-src/gameobjects/particles/ParticleEmitterFactory'),
      Rectangle: require('phaser-src/gameobjects/shape/rectangle/RectangleFactory'),
      Text: require('phaser-src/gameobjects/text/TextFactory'),
      TileSprite: require('phaser-src/gameobjects/tilesprite/TileSpriteFactory'),
    },
  },
  Math: { Vector2: require('phaser-src/math/Vector2') },
  Renderer: Renderer,
  Scale: require('phaser-src/scale'),
  Scene: require('phaser-src/scene/Scene'),
  Scenes: require('phaser-src/scene'),
  Textures: require('phaser-src/textures'),
  Time: require('phaser-src/time'),
  Tweens: require('phaser-src/tweens'),
};

// The constants (WEBGL, AUTO, VERSION, …) sit on the namespace itself, as in Phaser's own entries.
Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;
