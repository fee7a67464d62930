import { expect, test, type Locator, type Page } from '@playwright/test';
import { attachScreenshot, expectNoAxeViolations, watchConsole } from './helpers.ts';

/** Plays Kerensky's first choices, then opens the map of choices from the menu. */
async function openMapAfterChoices(page: Page, made: number): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('button', { name: /Alexander Kerensky/ }).click();
  const choices = page.getByRole('navigation', { name: 'Choices' }).getByRole('button');
  for (let step = 0; step < made; step++) await choices.first().click();
  await expect(page.locator('.transcript .chosen')).toHaveCount(made);
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: /Map of choices/ }).click();
  const map = page.getByRole('dialog', { name: 'Map of choices' });
  await expect(map.locator('.drawn-node').first()).toBeVisible();
  return map;
}

const planeTransform = (map: Locator): Promise<string> =>
  map.locator('.drawn-plane').evaluate((plane) => (plane as HTMLElement).style.transform);

/** How thick a taken line is on screen (its width × the drawing's scale), and whether lines have arrowheads. */
const lineOnScreen = (map: Locator): Promise<{ scale: number; taken: number; marker: string }> =>
  map.locator('.drawn-plane').evaluate((plane) => {
    const scale = Number(/scale\(([\d.]+)\)/.exec((plane as HTMLElement).style.transform)?.[1]);
    const line = plane.querySelector('.drawn-line.taken');
    if (!line) return { scale, taken: 0, marker: '' };
    const style = getComputedStyle(line);
    return { scale, taken: parseFloat(style.strokeWidth) * scale, marker: style.markerEnd };
  });

test('the drawn map shows the whole campaign, pans and zooms by mouse, and a point starts a new run', async ({
  page,
}, testInfo) => {
  const consoleErrors = watchConsole(page);
  const map = await openMapAfterChoices(page, 4);
  const view = map.locator('.drawn-view');
  // every choice point and every ending of the campaign is drawn, laid out at build time
  const listed = await map.locator('.map-rows .map-node').count();
  await expect(map.locator('.drawn-node')).toHaveCount(listed);
  await expect(map.locator('.drawn-ending')).toHaveCount(await map.locator('.map-endings .map-ending').count());
  await expect(map.locator('.drawn-node.explored')).toHaveCount(5);
  expect(await map.locator('.drawn-line.taken').count()).toBeGreaterThanOrEqual(4);
  expect(await map.locator('.drawn-line.untaken').count()).toBeGreaterThan(4);
  expect(await map.locator('.drawn-line.historical').count()).toBeGreaterThan(4);
  await expect(map.locator('.drawn-historicity').first()).toBeVisible();
  // whole: the drawing fits its frame
  const frame = await view.boundingBox();
  const plane = await map.locator('.drawn-plane').boundingBox();
  expect(frame && plane && plane.width <= frame.width + 1 && plane.height <= frame.height + 1).toBe(true);
  // framed whole, at a tenth of its size or less, the path taken still reads: its lines keep their
  // width on screen, and the arrowheads, which would outweigh them, are left out until zoomed in
  const onScreen = await lineOnScreen(map);
  expect(onScreen.scale).toBeLessThan(0.35);
  expect(onScreen.taken).toBeGreaterThanOrEqual(2);
  expect(onScreen.marker).toBe('none');
  await attachScreenshot(page, testInfo, 'whole');

  // the wheel zooms, a drag pans
  const before = await planeTransform(map);
  if (!frame) throw new Error('no drawing');
  await page.mouse.move(frame.x + frame.width / 2, frame.y + 40);
  for (let step = 0; step < 6; step++) await page.mouse.wheel(0, -300);
  await expect.poll(() => planeTransform(map)).not.toBe(before);
  const zoomed = await planeTransform(map);
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width / 2 + 120, frame.y + frame.height / 2 + 80, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => planeTransform(map)).not.toBe(zoomed);
  await page.getByRole('button', { name: 'Zoom in' }).click();

  // a point opens its card and its "Start a new run here", beside the drawing, which keeps the point in view
  const point = map.locator('.drawn-node.explored').nth(2);
  await point.click();
  const card = map.locator('.drawn-detail .map-node');
  await expect(card.getByRole('button', { name: /Start a new run here/ })).toBeFocused();
  const [cardBox, viewBox, pointBox] = await Promise.all([card.boundingBox(), view.boundingBox(), point.boundingBox()]);
  if (!cardBox || !viewBox || !pointBox) throw new Error('the card, the drawing or the point is not on screen');
  expect(cardBox.x).toBeGreaterThanOrEqual(viewBox.x + viewBox.width);
  expect(pointBox.x).toBeGreaterThanOrEqual(viewBox.x);
  expect(pointBox.x + pointBox.width).toBeLessThanOrEqual(viewBox.x + viewBox.width);
  await attachScreenshot(page, testInfo, 'point');
  await expectNoAxeViolations(page);
  await card.getByRole('button', { name: /Start a new run here/ }).click();
  await expect(map).toBeHidden();
  await expect(page.locator('.transcript .chosen')).toHaveCount(2);
  expect(consoleErrors()).toEqual([]);
});

test('by keyboard alone: keys pan and zoom, Tab reaches a point, Enter starts a new run there', async ({ page }) => {
  const map = await openMapAfterChoices(page, 3);
  const view = map.locator('.drawn-view');
  await view.focus();
  const before = await planeTransform(map);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(() => planeTransform(map)).not.toBe(before);
  const zoomed = await planeTransform(map);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => planeTransform(map)).not.toBe(zoomed);
  await page.keyboard.press('0');
  // Tab goes into the drawing, point by point, in the order the list gives
  await page.keyboard.press('Tab');
  await expect(map.locator('.drawn-node').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(map.locator('.drawn-node').nth(1)).toBeFocused();
  // brought close enough to read, the lines have their arrowheads again
  await expect.poll(async () => (await lineOnScreen(map)).marker).not.toBe('none');
  await page.keyboard.press('Enter');
  const start = map.locator('.drawn-detail').getByRole('button', { name: /Start a new run here/ });
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(map).toBeHidden();
  await expect(page.locator('.transcript .chosen')).toHaveCount(1);
});

test('printed from the night theme, the map is dark words and lines on white paper', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'true');
  });
  const map = await openMapAfterChoices(page, 2);
  await page.evaluate(() => {
    document.documentElement.dataset['theme'] = 'night';
  });
  await expect
    .poll(() => map.locator('.drawn-view').evaluate((view) => getComputedStyle(view).backgroundColor))
    .toBe('rgb(28, 22, 17)');
  await map.getByRole('button', { name: 'Print the map' }).click();
  await page.emulateMedia({ media: 'print' });
  const colours = await map.evaluate((dialog) => {
    const of = (selector: string): CSSStyleDeclaration => {
      const found = dialog.querySelector(selector);
      if (!found) throw new Error(`no ${selector}`);
      return getComputedStyle(found);
    };
    return {
      summary: of('.map-summary, h2').color,
      point: of('.drawn-node-title').color,
      drawing: of('.drawn-view').backgroundColor,
      line: of('.drawn-line.historical').stroke,
    };
  });
  expect(colours).toEqual({
    summary: 'rgb(42, 33, 24)',
    point: 'rgb(42, 33, 24)',
    drawing: 'rgb(251, 246, 234)',
    line: 'rgb(179, 38, 30)',
  });
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a finger pans the drawing and two fingers pinch it larger', async ({ page }) => {
    const map = await openMapAfterChoices(page, 2);
    const view = map.locator('.drawn-view');
    await view.scrollIntoViewIfNeeded();
    const frame = await view.boundingBox();
    if (!frame) throw new Error('no drawing');
    const [x, y] = [frame.x + frame.width / 2, frame.y + frame.height / 2];
    const touch = await page.context().newCDPSession(page);
    const fingers = (points: [number, number][]): { x: number; y: number; id: number }[] =>
      points.map(([px, py], id) => ({ x: px, y: py, id }));
    const before = await planeTransform(map);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers([[x, y]]) });
    for (let step = 1; step <= 5; step++)
      await touch.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: fingers([[x + step * 12, y + step * 16]]),
      });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => planeTransform(map)).not.toBe(before);
    const scaleOf = async (): Promise<number> => Number(/scale\(([\d.]+)\)/.exec(await planeTransform(map))?.[1]);
    const panned = await scaleOf();
    await touch.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: fingers([
        [x - 20, y],
        [x + 20, y],
      ]),
    });
    for (let step = 1; step <= 6; step++)
      await touch.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: fingers([
          [x - 20 - step * 15, y],
          [x + 20 + step * 15, y],
        ]),
      });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(scaleOf).toBeGreaterThan(panned);
  });
});
