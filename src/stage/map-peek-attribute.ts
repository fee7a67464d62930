/**
 * Set on the body while the story's column is put away and the map has the whole window (src/ui/map-peek.ts sets
 * it; the stage's view frames the city in the whole window while it is there). A module of its own, so the page's
 * script can name it without loading the map.
 */
export const MAP_PEEK_ATTRIBUTE = 'data-map-peek';
