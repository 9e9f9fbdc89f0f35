/*
 * The page's live stream (GET /dashboard/events, server-sent events). Each event is re-dispatched
 * on <body> as "keeper-<name>" with its JSON data as detail; parts of the page listen with
 * hx-trigger="keeper-positions from:body" and fetch themselves again. Events about this page's
 * slot (body data-slot) are also dispatched as keeper-slot-procedure / keeper-slot-samples.
 * The browser reconnects by itself; on every (re)connection the page refreshes its parts.
 */
(function () {
  'use strict';

  var body = document.body;
  var url = body.dataset.events;
  if (!url || !window.EventSource) {
    return;
  }
  var slot = body.dataset.slot || null;
  var state = document.getElementById('live-status');
  var names = ['hello', 'positions', 'procedure-started', 'procedure-finished', 'feed', 'samples'];
  var source = null;

  function show(live) {
    if (!state) {
      return;
    }
    state.textContent = live ? state.dataset.on : state.dataset.off;
    state.classList.toggle('live-on', live);
    state.classList.toggle('live-off', !live);
  }

  function fire(name, detail) {
    body.dispatchEvent(new CustomEvent('keeper-' + name, { detail: detail }));
  }

  function concernsSlot(data) {
    if (!slot) {
      return false;
    }
    return data.slot === slot || (Array.isArray(data.slots) && data.slots.indexOf(slot) >= 0);
  }

  function handle(name, message) {
    var data = {};
    try {
      data = JSON.parse(message.data);
    } catch (ignored) {
      data = {};
    }
    body.dataset.liveEvents = String(Number(body.dataset.liveEvents || 0) + 1);
    fire(name, data);
    if (name === 'procedure-started' || name === 'procedure-finished' || name === 'feed') {
      fire('activity', data);
    }
    if (concernsSlot(data)) {
      if (name === 'procedure-finished' || name === 'procedure-started') {
        fire('slot-procedure', data);
      } else if (name === 'samples') {
        fire('slot-samples', data);
      }
    }
    if (name === 'procedure-finished') {
      fire('positions', data);
    }
  }

  function connect() {
    source = new EventSource(url, { withCredentials: true });
    source.addEventListener('open', function () {
      show(true);
      body.dataset.live = 'open';
    });
    source.addEventListener('error', function () {
      show(false);
      body.dataset.live = 'closed';
    });
    names.forEach(function (name) {
      source.addEventListener(name, function (message) { handle(name, message); });
    });
  }

  window.addEventListener('pagehide', function () {
    if (source) {
      source.close();
    }
  });
  connect();
})();
