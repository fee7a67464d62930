import {
  DISCUSSION_MINUTES,
  formatRemaining,
  isRunning,
  newTimer,
  pauseTimer,
  remainingMs,
  resetTimer,
  startTimer,
  type DiscussionTimer,
} from '../../core/discussion-timer.ts';
import { DEFAULT_TIMER_MINUTES } from '../../core/club-record.ts';
import { el } from '../dom.ts';

/**
 * The optional countdown before a vote: large, silent, started and paused by the facilitator.
 * `onMinutes` hears a new length picked, so the session keeps it for next week.
 */
export function createDiscussionTimerView(
  onMinutes: (minutes: number) => void = () => undefined,
  now: () => number = () => performance.now(),
) {
  let timer: DiscussionTimer = newTimer(DEFAULT_TIMER_MINUTES);
  let ticking: ReturnType<typeof setInterval> | null = null;
  const minutes = el(
    'select',
    { id: 'discussion-minutes' },
    ...DISCUSSION_MINUTES.map((count) =>
      el('option', { value: count, selected: count === DEFAULT_TIMER_MINUTES }, `${count} min`),
    ),
  );
  const display = el('p', { class: 'timer-display', role: 'timer', 'aria-label': 'Discussion time left' });
  const timeUp = el('p', { class: 'timer-up', role: 'status' });
  const start = el('button', { type: 'button' }, 'Start');
  const pause = el('button', { type: 'button' }, 'Pause');
  const reset = el('button', { type: 'button' }, 'Reset');
  const element = el(
    'section',
    { class: 'discussion-timer', 'aria-label': 'Discussion timer (optional)' },
    el('p', { class: 'timer-length' }, el('label', { for: 'discussion-minutes' }, 'Discussion'), minutes),
    display,
    el('p', { class: 'timer-buttons' }, start, pause, reset),
    timeUp,
  );

  const stopTicking = (): void => {
    if (ticking !== null) clearInterval(ticking);
    ticking = null;
  };
  const draw = (): void => {
    const left = remainingMs(timer, now());
    display.textContent = formatRemaining(left);
    const running = isRunning(timer);
    start.disabled = running || left === 0;
    pause.disabled = !running;
    minutes.disabled = running;
    element.classList.toggle('is-running', running);
    element.classList.toggle('is-up', left === 0);
    if (left === 0 && running) {
      timer = pauseTimer(timer, now());
      stopTicking();
      timeUp.textContent = 'Time is up: take the vote.';
      draw();
    }
  };

  start.addEventListener('click', () => {
    timer = startTimer(timer, now());
    timeUp.textContent = '';
    stopTicking();
    ticking = setInterval(draw, 250);
    draw();
    pause.focus();
  });
  pause.addEventListener('click', () => {
    timer = pauseTimer(timer, now());
    stopTicking();
    draw();
    start.focus();
  });
  const restart = (): void => {
    stopTicking();
    timer = resetTimer(newTimer(Number(minutes.value)));
    timeUp.textContent = '';
    draw();
  };
  reset.addEventListener('click', restart);
  minutes.addEventListener('change', () => {
    restart();
    onMinutes(Number(minutes.value));
  });
  draw();

  return {
    element,
    /** A fresh countdown for the next decision, of the session's length. */
    reset(length: number): void {
      minutes.value = String(length);
      restart();
    },
    stop: stopTicking,
  };
}
