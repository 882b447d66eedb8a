// The restructuring plan form: add and remove changes, show a split's new units when the kind is a
// split, add and remove those units. No inline scripts (the Content-Security-Policy forbids them): the
// page marks its parts with data-plan-* attributes. A change added is a copy of the page's
// <template id="pf-change-template"> with its key (__i__) replaced by one not used yet.
(function () {
  'use strict';

  function renumber() {
    document.querySelectorAll('#pf-changes .plan-change').forEach(function (fieldset, i) {
      fieldset.querySelector('.plan-change-number').textContent = String(i + 1);
    });
  }

  function nextKey() {
    var max = -1;
    document.querySelectorAll('#pf-changes .plan-change').forEach(function (fieldset) {
      max = Math.max(max, parseInt(fieldset.getAttribute('data-key'), 10));
    });
    return String(max + 1);
  }

  function showSplit(fieldset) {
    var select = fieldset.querySelector('[data-plan-kind]');
    var split = select && select.value === 'SPLIT';
    fieldset.querySelectorAll('[data-plan-split]').forEach(function (el) { el.hidden = !split; });
  }

  function addChange() {
    var template = document.getElementById('pf-change-template');
    var key = nextKey();
    var html = template.innerHTML.replace(/__i__/g, key);
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var fieldset = holder.querySelector('.plan-change');
    document.getElementById('pf-changes').appendChild(fieldset);
    // The unit pickers of the new change (noivu.js wires them up on this event).
    fieldset.dispatchEvent(new CustomEvent('noivu:added', { bubbles: true }));
    renumber();
    var kind = fieldset.querySelector('[data-plan-kind]');
    if (kind) {
      kind.focus();
    }
  }

  function addSplitUnit(fieldset) {
    var rows = fieldset.querySelector('.plan-split-rows');
    var last = rows.querySelector('.plan-split-row:last-child');
    var row = last.cloneNode(true);
    var n = rows.querySelectorAll('.plan-split-row').length;
    row.querySelectorAll('input').forEach(function (input) {
      input.value = '';
      input.id = input.id.replace(/-[0-9]+$/, '-' + n);
    });
    rows.appendChild(row);
    row.querySelector('input').focus();
  }

  document.addEventListener('click', function (evt) {
    var target = evt.target.closest ? evt.target : null;
    if (!target) {
      return;
    }
    if (target.closest('[data-plan-add-change]')) {
      addChange();
      return;
    }
    var fieldset = target.closest('.plan-change');
    if (!fieldset) {
      return;
    }
    if (target.closest('[data-plan-remove-change]')) {
      if (document.querySelectorAll('#pf-changes .plan-change').length > 1) {
        fieldset.remove();
      } else {
        // The last change is emptied rather than removed: a plan has at least one.
        fieldset.querySelectorAll('input, select').forEach(function (el) { el.value = ''; });
        showSplit(fieldset);
      }
      renumber();
    } else if (target.closest('[data-plan-add-split]')) {
      addSplitUnit(fieldset);
    } else if (target.closest('[data-plan-remove-split]')) {
      var row = target.closest('.plan-split-row');
      if (fieldset.querySelectorAll('.plan-split-row').length > 2) {
        row.remove();
      } else {
        row.querySelectorAll('input').forEach(function (input) { input.value = ''; });
      }
    }
  });

  document.addEventListener('change', function (evt) {
    if (evt.target.matches && evt.target.matches('[data-plan-kind]')) {
      showSplit(evt.target.closest('.plan-change'));
    }
  });
})();
