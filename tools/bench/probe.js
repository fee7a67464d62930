// Injected by tools/bench into every page it measures, before the page's own scripts run
// (Playwright's addInitScript, preceded by `window.__benchConfig = {...}`). Plain JS on purpose: tsx
// would wrap functions written in TypeScript with helpers that do not exist in the page.
//
// It records, on the page's own clock (ms since navigation start):
// - for each watched selector, when it first matches (and, for buttons, is enabled and visible) in
//   the DOM (`<name>Dom`), and when that change has been painted (`<name>`: the next animation frame,
//   then a task posted after it, i.e. after the frame was handed to the compositor);
// - optionally clicks an element once another mark has been painted (a player's instant click);
// - for the Phaser map (`#stage canvas`): every animation frame that drew to the canvas, and the
//   first frame that shows the map: read back in the same task, right after Phaser rendered it, two
//   lines of pixels through the centre must hold at least `stageColours` distinct colours (a blank
//   sheet shows one or two). WebGL without preserveDrawingBuffer cannot be read back later, which is
//   why the read happens inside the frame; it stops as soon as the map is found.
(() => {
  const config = window.__benchConfig ?? {};
  const marks = {};
  const originalRaf = window.requestAnimationFrame.bind(window);
  performance.setResourceTimingBufferSize(5000);

  // a task posted from inside an animation frame runs once that frame has been handed to the compositor
  const afterThisFrame = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  };
  const afterPaint = (callback) => originalRaf(() => afterThisFrame(callback));

  // --- watched elements -------------------------------------------------------------------------
  const pending = new Map((config.watch ?? []).map((watch) => [watch.name, watch]));
  // visible: laid out, not `visibility: hidden` (inherited), and neither it nor an ancestor fully transparent
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') return false;
    for (let node = element; node instanceof Element; node = node.parentElement) {
      if (Number(getComputedStyle(node).opacity) === 0) return false;
    }
    return true;
  };
  const ready = (watch) => {
    const element = document.querySelector(watch.selector);
    if (!element || !(element.textContent ?? '').trim() || !shown(element)) return false;
    // an inert element (the title drawn into the page before its script runs) is on screen but not yet clickable
    return (
      !watch.clickable ||
      (!element.disabled && !element.closest('[inert]') && getComputedStyle(element).pointerEvents !== 'none')
    );
  };
  // The scripted click waits until the element is on screen (its Element Timing entry), as a
  // player's would; if that entry never comes, half a second after the frame that painted it.
  let clicked = false;
  const clickNow = () => {
    if (clicked) return;
    clicked = true;
    marks.click = performance.now();
    document.querySelector(config.click.selector)?.click();
  };
  const onPainted = (name) => {
    if (config.click?.after === name) setTimeout(clickNow, 500);
  };
  const onShown = (name) => {
    if (config.click?.after === name) clickNow();
  };
  // Element Timing reports when the element's text was really presented (as first-contentful-paint
  // does for the page): tag each watched element, and its descendants holding text, before it paints.
  const timed = (element, name) => {
    for (const node of [element, ...element.querySelectorAll('*')]) node.setAttribute('elementtiming', name);
  };
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('element')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const key = `${entry.identifier}Shown`;
        if (key in marks || !entry.renderTime) continue;
        marks[key] = entry.renderTime;
        onShown(entry.identifier);
      }
    }).observe({ type: 'element', buffered: true });
  }
  // An element drawn before it could be clicked (the title written into the page, inert until its
  // script runs) paints nothing new when it becomes clickable, so no Element Timing entry will come:
  // it is on screen, and clickable from the next frame.
  const seenEarlier = new Set();
  // inFrame: called from an animation frame's callback, whose own paint is the next one
  const check = (inFrame = false) => {
    for (const [name, watch] of pending) {
      if (!ready(watch)) {
        if (document.querySelector(watch.selector)) seenEarlier.add(name);
        continue;
      }
      pending.delete(name);
      marks[`${name}Dom`] = performance.now();
      timed(document.querySelector(watch.selector), name);
      const alreadyDrawn = seenEarlier.has(name);
      (inFrame ? afterThisFrame : afterPaint)((time) => {
        marks[name] = time;
        if (alreadyDrawn && !(`${name}Shown` in marks)) {
          marks[`${name}Shown`] = time;
          onShown(name);
        } else onPainted(name);
      });
    }
    if (pending.size === 0) observer.disconnect();
  };
  // While the page is being parsed, the frames alone are watched: checking after every chunk the parser
  // adds forced a layout each time (getBoundingClientRect), the probe's own work before the first paint,
  // which no player's page does (about 12 ms of the game's first paint here, and not the floor page's).
  // A frame's callback lays out what that frame would lay out anyway.
  const observer = new MutationObserver(() => {
    if (document.readyState !== 'loading') check();
  });
  // A fade-in changes no DOM once started: look again every frame until everything has been seen.
  const everyFrame = () => {
    if (pending.size === 0) return;
    check(true);
    originalRaf(everyFrame);
  };
  if (pending.size > 0) {
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    originalRaf(everyFrame);
  }

  // --- responsiveness: long tasks and interactions ----------------------------------------------
  // Every main-thread task over 50 ms (Long Tasks API), and every input event's Event Timing entry
  // (from the input until the frame that showed its effect was presented: what INP is made of).
  const longTasks = [];
  const interactions = [];
  if (typeof PerformanceObserver === 'function') {
    const types = PerformanceObserver.supportedEntryTypes;
    if (types.includes('longtask')) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    }
    if (types.includes('event')) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.interactionId)
            interactions.push([entry.interactionId, entry.name, entry.startTime, entry.duration]);
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    }
  }

  // --- the map canvas ---------------------------------------------------------------------------
  const stage = {
    draws: 0,
    frames: 0,
    rafCallbacks: 0,
    firstDraw: null,
    firstFrame: null,
    firstFrameColours: null,
    lastDraw: null,
    colourLog: [],
  };
  const threshold = config.stageColours ?? 12;
  const boundFramebuffer = new WeakMap();
  const stageCanvases = new WeakSet();
  /** The stage's WebGL context(s) that drew to the screen since the last animation frame. */
  const drawnBy = new Set();

  const isStage = (canvas) => {
    if (stageCanvases.has(canvas)) return true;
    if (!(canvas instanceof HTMLCanvasElement) || !canvas.closest('#stage')) return false;
    stageCanvases.add(canvas);
    return true;
  };

  for (const proto of [window.WebGLRenderingContext?.prototype, window.WebGL2RenderingContext?.prototype]) {
    if (!proto) continue;
    const bind = proto.bindFramebuffer;
    proto.bindFramebuffer = function (target, framebuffer) {
      if (target !== this.READ_FRAMEBUFFER) boundFramebuffer.set(this, framebuffer);
      return bind.call(this, target, framebuffer);
    };
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const draw = proto[name];
      if (typeof draw !== 'function') continue;
      proto[name] = function (...args) {
        if (!boundFramebuffer.get(this) && isStage(this.canvas)) {
          stage.draws += 1;
          drawnBy.add(this);
        }
        return draw.apply(this, args);
      };
    }
  }

  const quantised = (pixels, colours) => {
    for (let i = 0; i < pixels.length; i += 4) {
      colours.add((pixels[i] >> 3) * 1024 + (pixels[i + 1] >> 3) * 32 + (pixels[i + 2] >> 3));
    }
  };
  const countColours = (gl) => {
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    const saved = boundFramebuffer.get(gl) ?? null;
    if (saved) gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    const row = new Uint8Array(width * 4);
    const column = new Uint8Array(height * 4);
    gl.readPixels(0, Math.floor(height / 2), width, 1, gl.RGBA, gl.UNSIGNED_BYTE, row);
    gl.readPixels(Math.floor(width / 2), 0, 1, height, gl.RGBA, gl.UNSIGNED_BYTE, column);
    if (saved) gl.bindFramebuffer(gl.FRAMEBUFFER, saved);
    const colours = new Set();
    quantised(row, colours);
    quantised(column, colours);
    return colours.size;
  };

  const afterFrame = () => {
    const [gl] = drawnBy;
    if (!gl) return;
    drawnBy.clear();
    const time = performance.now();
    stage.frames += 1;
    stage.lastDraw = time;
    stage.firstDraw ??= time;
    if (stage.firstFrame !== null || !config.stageProbe) return;
    const colours = countColours(gl);
    if (stage.colourLog.length < 50) stage.colourLog.push([Math.round(time), colours]);
    if (colours >= threshold) {
      stage.firstFrame = time;
      stage.firstFrameColours = colours;
    }
  };

  window.requestAnimationFrame = (callback) =>
    originalRaf((time) => {
      stage.rafCallbacks += 1;
      try {
        callback(time);
      } finally {
        afterFrame();
      }
    });

  // --- read by the benchmark ----------------------------------------------------------------------
  window.__bench = {
    /** True once every named mark is painted and, with `needStage`, the map's first frame is found. */
    done(names, needStage) {
      return names.every((name) => name in marks) && (!needStage || stage.firstFrame !== null);
    },
    /** True once first-contentful-paint and the Element Timing entry of every named mark have arrived. */
    presented(names) {
      const fcp = performance.getEntriesByName('first-contentful-paint').length > 0;
      return fcp && names.every((name) => `${name}Shown` in marks);
    },
    counters() {
      return {
        frames: stage.frames,
        rafCallbacks: stage.rafCallbacks,
        lastDraw: stage.lastDraw,
        now: performance.now(),
      };
    },
    /** Long tasks ([start, duration]) and interactions ([id, event, start, duration]) since `from` (page clock). */
    responsiveness(from) {
      return {
        longTasks: longTasks.filter(([start]) => start >= from),
        interactions: interactions.filter(([, , start]) => start >= from),
      };
    },
    snapshot() {
      const resources = performance.getEntriesByType('resource').map((entry) => ({
        name: entry.name,
        type: entry.initiatorType,
        start: entry.startTime,
        end: entry.responseEnd,
        encoded: entry.encodedBodySize,
        decoded: entry.decodedBodySize,
      }));
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        now: performance.now(),
        marks: { ...marks },
        stage: { ...stage, colourLog: [...stage.colourLog] },
        resources,
        fcp: paint ? paint.startTime : null,
      };
    },
    /** Distinct colours in a PNG (an element screenshot), sampled as tests/e2e/helpers.ts does. */
    async colourCount(base64) {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const scratch = document.createElement('canvas');
      scratch.width = image.width;
      scratch.height = image.height;
      const context = scratch.getContext('2d');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const colours = new Set();
      for (let i = 0; i < pixels.length; i += 4 * 7) {
        colours.add((pixels[i] >> 3) * 1024 + (pixels[i + 1] >> 3) * 32 + (pixels[i + 2] >> 3));
      }
      return colours.size;
    },
  };
})();
