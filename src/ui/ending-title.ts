// the titles live with the debrief's content, so the reports (core) and the screens (ui) name endings alike
export { endingTitle } from '../core/debrief/ending-titles.ts';
