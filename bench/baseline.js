// The benchmark's floor: the compiled story (through the game's own ink plugin, so it arrives the
// same way, inside the entry chunk) and the inkjs runtime, printing the first beat as plain HTML —
// of the story from its top (its opening question and three roles), or, with `?knot=lenin`, of
// Lenin's chapter. No styles, fonts, map, sound or saves.
import { Story } from 'inkjs';
import storyJson from '../story/main.ink';

const story = new Story(storyJson);
const knot = new URLSearchParams(location.search).get('knot');
if (knot) story.ChoosePathString(knot);
const main = document.getElementById('story');
while (story.canContinue) {
  const text = (story.Continue() ?? '').trim();
  if (text) {
    const paragraph = document.createElement('p');
    paragraph.className = 'passage';
    paragraph.textContent = text;
    main.append(paragraph);
  }
}
const list = document.createElement('ol');
for (const choice of story.currentChoices) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = choice.text;
  button.addEventListener('click', () => story.ChooseChoiceIndex(choice.index));
  const item = document.createElement('li');
  item.append(button);
  list.append(item);
}
const nav = document.createElement('nav');
nav.setAttribute('aria-label', 'Choices');
nav.append(list);
main.append(nav);
