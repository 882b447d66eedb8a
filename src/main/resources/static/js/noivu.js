// NoiVu page behaviour. No inline scripts (the Content-Security-Policy forbids them): pages mark
// elements with data-* attributes and this file wires them up.
(function () {
  'use strict';

  // Upload progress for import forms: <form hx-post=... hx-encoding="multipart/form-data"> with a
  // <progress data-upload-progress> inside shows how much of the file has been sent.
  document.addEventListener('htmx:xhr:progress', function (evt) {
    var form = evt.target.closest ? evt.target.closest('form') : null;
    var bar = form ? form.querySelector('progress[data-upload-progress]') : null;
    if (bar && evt.detail.lengthComputable) {
      bar.hidden = false;
      bar.value = Math.round((evt.detail.loaded / evt.detail.total) * 100);
    }
  });

  // Confirmation before an action that cannot be taken back (approve and apply, disable, password
  // reset, delete): <form data-confirm="question">.
  document.addEventListener('submit', function (evt) {
    var question = evt.target.getAttribute ? evt.target.getAttribute('data-confirm') : null;
    if (question && !window.confirm(question)) {
      evt.preventDefault();
      evt.stopPropagation();
    }
  }, true);

  // The menu on a small screen: one button folds and unfolds it.
  document.addEventListener('click', function (evt) {
    var toggle = evt.target.closest ? evt.target.closest('.menu-toggle') : null;
    if (!toggle) {
      return;
    }
    var nav = document.getElementById(toggle.getAttribute('aria-controls'));
    var open = nav.classList.toggle('open');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  });

  // Pickers: <input name="rankCode" data-picker="rank"> becomes a search box over /lookup/rank (names,
  // diacritics ignored) that fills the hidden field with the code of the option picked. What the user
  // types without picking is sent as typed, so a code typed by hand still works.
  function picker(input) {
    var kind = input.getAttribute('data-picker');
    var box = document.createElement('span');
    box.className = 'picker';
    var text = document.createElement('input');
    text.type = 'text';
    text.className = 'picker-text';
    text.autocomplete = 'off';
    text.setAttribute('role', 'combobox');
    text.setAttribute('aria-autocomplete', 'list');
    text.placeholder = input.placeholder || '';
    text.required = input.required;
    if (input.id) {
      text.id = input.id;
      input.id = input.id + '-code';
    }
    if (input.getAttribute('size')) {
      text.size = Math.max(parseInt(input.getAttribute('size'), 10), 18);
    }
    text.value = input.value;
    var list = document.createElement('ul');
    list.className = 'picker-options';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.parentNode.insertBefore(box, input);
    box.appendChild(text);
    box.appendChild(list);
    box.appendChild(input);
    input.type = 'hidden';
    input.required = false;
    var timer = null;
    var active = -1;

    var asked = 0;
    function fetchOptions(q, then) {
      // Answers may come back out of order: only the latest question's answer is shown.
      var mine = ++asked;
      fetch('/lookup/' + encodeURIComponent(kind) + '?q=' + encodeURIComponent(q),
        { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (options) {
          if (mine === asked) {
            then(options);
          }
        })
        .catch(function () {
          if (mine === asked) {
            then([]);
          }
        });
    }
    function render(options) {
      list.innerHTML = '';
      active = -1;
      options.forEach(function (o) {
        var li = document.createElement('li');
        li.textContent = o.label;
        li.setAttribute('data-code', o.code);
        li.setAttribute('role', 'option');
        list.appendChild(li);
      });
      list.hidden = options.length === 0 || document.activeElement !== text;
    }
    function choose(li) {
      input.value = li.getAttribute('data-code');
      text.value = li.textContent;
      list.hidden = true;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    // A value already there (a filter, a form sent back) shows as its name.
    if (input.value) {
      fetchOptions(input.value, function (options) {
        options.forEach(function (o) {
          if (o.code === input.value && text.value === input.value) {
            text.value = o.label;
          }
        });
      });
    }
    text.addEventListener('input', function () {
      input.value = text.value.trim();
      clearTimeout(timer);
      timer = setTimeout(function () { fetchOptions(text.value.trim(), render); }, 200);
    });
    text.addEventListener('focus', function () {
      if (!text.value) {
        fetchOptions('', render);
      }
    });
    text.addEventListener('change', function (evt) {
      // The hidden field carries the value; a filter form reacts to its change, not to the text's.
      evt.stopPropagation();
    });
    text.addEventListener('keydown', function (evt) {
      var items = list.querySelectorAll('li');
      if (evt.key === 'ArrowDown' || evt.key === 'ArrowUp') {
        evt.preventDefault();
        if (!items.length) {
          return;
        }
        active = (active + (evt.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        items.forEach(function (li, i) { li.classList.toggle('active', i === active); });
      } else if (evt.key === 'Enter' && !list.hidden && active >= 0) {
        evt.preventDefault();
        choose(items[active]);
      } else if (evt.key === 'Escape') {
        list.hidden = true;
      }
    });
    text.addEventListener('blur', function () {
      setTimeout(function () { list.hidden = true; }, 150);
    });
    list.addEventListener('mousedown', function (evt) {
      var li = evt.target.closest('li');
      if (li) {
        evt.preventDefault();
        choose(li);
      }
    });
  }
  function pickers(root) {
    root.querySelectorAll('input[data-picker]').forEach(function (input) {
      if (input.type !== 'hidden') {
        picker(input);
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () { pickers(document); });
  document.addEventListener('htmx:load', function (evt) { pickers(evt.target); });
  // A part a page's own script adds (a change of the plan form) gets its pickers too.
  document.addEventListener('noivu:added', function (evt) { pickers(evt.target); });

  // Error answers (422 with the import errors; 403 with the refusal, which the server sends to the page's
  // message area) are rendered like successes into the target, never dropped silently.
  document.addEventListener('htmx:beforeSwap', function (evt) {
    if (evt.detail.xhr.status === 422 || evt.detail.xhr.status === 403) {
      evt.detail.shouldSwap = true;
      evt.detail.isError = false;
    }
  });
})();
