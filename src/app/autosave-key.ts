/**
 * Where the director keeps the running game. A module of its own so that the title screen can ask
 * "is there a game to continue?" without loading the director, inkjs and the story.
 */
export const AUTOSAVE_KEY = 'petrograd1917.autosave';
