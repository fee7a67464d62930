/**
 * Frames per second while something on the map moves, when WebGL is drawn on the CPU. With software WebGL (SwiftShader, on school
 * laptops and projector PCs without a usable GPU) every frame holds the page's main thread for tens
 * of milliseconds while the compositor reads it back; at this rate the story stays responsive, and
 * slow moves, fades and falling weather still read as motion. It is the most: where frames cost more,
 * src/stage/frame-pacer.ts lowers the rate to keep them within their share of the main thread.
 */
export const FPS_LIMIT = 12;
