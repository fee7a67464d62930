/**
 * The phone page (join.html): its markup and styles are painted before any of this runs; this small script
 * wires the form and the screens, and fetches the room SDK only once the page is up (it is most of the
 * page's script). Every text from the room (options, passage, the decision) is set as text, never markup.
 */
import { announcement, initialModel, myOption, screenOf, type PhoneModel, type Screen } from './phone-model.ts';
import type { PhoneLink } from './phone-link.ts';

function byId(id: string): HTMLElement;
function byId<K extends keyof HTMLElementTagNameMap>(id: string, tag: K): HTMLElementTagNameMap[K];
function byId(id: string, tag?: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found || (tag && found.localName !== tag)) throw new Error(`join.html has no ${tag ?? ''}#${id}`);
  return found;
}

const form = byId('join', 'form');
const codeInput = byId('code', 'input');
const nicknameInput = byId('nickname', 'input');
const joinButton = byId('join-button', 'button');
const codeProblem = byId('code-problem');
const status = byId('status');
const heading = byId('heading');
const screens: Record<Screen, HTMLElement> = {
  join: form,
  waiting: byId('waiting'),
  voting: byId('voting'),
  closed: byId('closed'),
  gone: byId('gone'),
};
const waitingText = byId('waiting-text');
const closedText = byId('closed-text');
const goneText = byId('gone-text');
const passageToggle = byId('passage-toggle', 'button');
const passage = byId('passage');
const optionList = byId('options');
const reason = byId('reason', 'textarea');
const reasonLeft = byId('reason-left');
const sendReason = byId('send-reason', 'button');
const myVote = byId('my-vote');

const HEADINGS: Record<Screen, string> = {
  join: 'Join the vote',
  waiting: 'You are in',
  voting: 'The vote is open',
  closed: 'The vote is closed',
  gone: 'The room has closed',
};

let model: PhoneModel = initialModel;
let link: PhoneLink | null = null;
let shownScreen: Screen | null = null;
/** The options drawn as buttons, so a state change that does not touch them leaves focus where it is. */
let drawnOptions = '';
let drawnVote = '';

const update = (patch: Partial<PhoneModel>): void => {
  model = { ...model, ...patch };
  render();
};

function drawOptions(options: readonly string[], voteId: string): void {
  const key = JSON.stringify([voteId, options]);
  if (key === drawnOptions) return;
  drawnOptions = key;
  optionList.replaceChildren(
    ...options.map((text, position) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'option';
      button.textContent = text;
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', () => link?.vote(position, reason.value));
      return button;
    }),
  );
}

function render(): void {
  const screen = screenOf(model);
  const room = model.room;
  for (const [name, element] of Object.entries(screens)) element.hidden = name !== screen;
  // a refused vote is said over the vote's own line until the next vote is accepted
  const said = model.problem && screen === 'voting' ? model.problem : announcement(model);
  // where the connection stands, for the page's tests (and anyone reading the DOM)
  document.body.dataset['link'] = model.link;
  if (status.textContent !== said) status.textContent = said;
  status.dataset['tone'] = model.problem && (screen === 'join' || screen === 'gone') ? 'problem' : '';
  heading.textContent = HEADINGS[screen];
  joinButton.disabled = model.link === 'joining';
  waitingText.textContent = room
    ? 'The next vote appears here as soon as the facilitator opens it.'
    : 'Getting back into the room…';
  goneText.textContent = said;
  const chosen = myOption(model);
  if (room) {
    if (room.voteId !== drawnVote) {
      // a new vote: a fresh reason box, the passage folded away again
      drawnVote = room.voteId;
      reason.value = '';
      countReason();
      passage.hidden = true;
      passageToggle.setAttribute('aria-expanded', 'false');
      passageToggle.textContent = 'Read the passage';
    }
    passage.textContent = room.passage;
    passageToggle.hidden = room.passage === '';
    drawOptions(room.options, room.voteId);
    [...optionList.children].forEach((button, position) =>
      button.setAttribute('aria-pressed', String(position === chosen)),
    );
    sendReason.disabled = chosen === null;
    myVote.textContent =
      chosen === null
        ? 'You have not voted yet.'
        : `Your vote: “${room.options[chosen] ?? ''}”. You can change it until the vote closes.`;
    closedText.textContent =
      chosen === null
        ? 'You did not vote this time. The group’s choice appears here once it is taken.'
        : `Your vote: “${room.options[chosen] ?? ''}”. The group’s choice appears here once it is taken.`;
  }
  if (screen !== shownScreen) {
    // a new screen: its heading takes focus, so a screen-reader user hears where they are
    if (shownScreen !== null) heading.focus({ preventScroll: false });
    shownScreen = screen;
  }
}

function countReason(): void {
  const left = 280 - reason.value.length;
  reasonLeft.textContent = `${left} ${left === 1 ? 'character' : 'characters'} left`;
}
reason.addEventListener('input', countReason);

sendReason.addEventListener('click', () => {
  const chosen = myOption(model);
  if (chosen !== null) link?.vote(chosen, reason.value);
});

passageToggle.addEventListener('click', () => {
  const open = passage.hidden;
  passage.hidden = !open;
  passageToggle.setAttribute('aria-expanded', String(open));
  passageToggle.textContent = open ? 'Hide the passage' : 'Read the passage';
  if (open) passage.focus();
});

const REFUSALS: Record<string, string> = {
  closed: 'That vote is already closed.',
  'too-fast': 'Too fast: wait a moment, then try again.',
  invalid: 'That could not be sent. Try again.',
  'not-allowed': 'Only the facilitator can do that.',
};

async function join(typed: string): Promise<void> {
  const { joinRoom } = await import('./phone-link.ts');
  const protocol = await import('./wire.ts');
  const code = protocol.normalizeRoomCode(typed);
  if (!code) {
    codeProblem.textContent = `A room code is ${protocol.ROOM_CODE_LENGTH} letters and digits, as on the big screen.`;
    codeInput.setAttribute('aria-invalid', 'true');
    codeInput.focus();
    return;
  }
  codeInput.removeAttribute('aria-invalid');
  codeProblem.textContent = '';
  update({ link: 'joining', code, problem: null });
  link = await joinRoom(code, nicknameInput.value, {
    update,
    refused: (why) => update({ problem: REFUSALS[why] ?? REFUSALS['invalid'] ?? '' }),
  });
  if (link) history.replaceState(null, '', `?code=${code}`);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void join(codeInput.value).catch(() =>
    update({ link: 'idle', problem: 'The page could not load what it needs. Check the Wi-Fi and try again.' }),
  );
});

// arriving from the QR code: the code is in the address; the person still chooses a nickname, or none
const fromAddress = new URLSearchParams(location.search).get('code');
if (fromAddress) codeInput.value = fromAddress.slice(0, 12).toUpperCase();
render();
// the SDK after the first paint, so the form is on screen (and usable) before it arrives
const later = (run: () => void): void => void setTimeout(run, 0);
addEventListener('load', () =>
  later(() => void import('./phone-link.ts').then(({ loadRoomCode }) => loadRoomCode()).catch(() => undefined)),
);
