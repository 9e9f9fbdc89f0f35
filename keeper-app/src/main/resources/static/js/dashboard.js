/*
 * Anchor Keeper dashboard: sends the CSRF header on htmx mutations (when security put the meta
 * tags in the page), opens htmx answers aimed at the dialog in the dialog, sorts the position
 * tables through their filter form, and says when a request failed. No framework, no inline
 * handlers.
 */
(function () {
  'use strict';

  function meta(name) {
    var tag = document.querySelector('meta[name="' + name + '"]');
    return tag ? tag.getAttribute('content') : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header && event.detail.verb !== 'get') {
      event.detail.headers[header] = token;
    }
  });

  function dialog() {
    return document.getElementById('dialog');
  }

  document.addEventListener('htmx:afterSwap', function (event) {
    var box = dialog();
    var target = event.detail.target;
    if (box && target && target.id === 'dialog-body' && !box.open) {
      box.showModal();
    }
  });

  document.addEventListener('click', function (event) {
    var closer = event.target.closest('[data-close-dialog]');
    if (!closer) {
      return;
    }
    var box = dialog();
    if (box && box.open) {
      box.close();
    } else if (!box || !box.contains(closer)) {
      window.history.back();
    }
  });

  document.addEventListener('close', function (event) {
    if (event.target === dialog()) {
      document.getElementById('dialog-body').textContent = '';
    }
  }, true);

  // A position table's header sorts through the filter form: the form then holds the sort, so
  // the tables' own refreshes keep it.
  document.addEventListener('click', function (event) {
    var header = event.target.closest('#position-tables a[data-sort]');
    var form = document.getElementById('positions-filter');
    if (!header || !form || !window.htmx) {
      return;
    }
    event.preventDefault();
    form.elements.sort.value = header.dataset.sort;
    form.elements.dir.value = header.dataset.dir;
    window.htmx.trigger(form, 'change');
  });

  var toastTimer = null;

  function toast(text) {
    var box = document.getElementById('toast');
    if (!box) {
      return;
    }
    box.textContent = text;
    box.classList.add('shown');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { box.classList.remove('shown'); }, 6000);
  }

  document.addEventListener('htmx:responseError', function (event) {
    var box = document.getElementById('toast');
    var status = event.detail.xhr ? event.detail.xhr.status : '?';
    toast((box && box.dataset.error ? box.dataset.error : 'Request failed ({0})').replace('{0}', status));
  });

  document.addEventListener('htmx:sendError', function () {
    var box = document.getElementById('toast');
    toast(box && box.dataset.offline ? box.dataset.offline : 'Offline');
  });

  window.keeperToast = toast;
})();
