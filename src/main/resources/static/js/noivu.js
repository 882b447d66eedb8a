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

  // Error answers (422 with the import errors) are rendered like successes into the target.
  document.addEventListener('htmx:beforeSwap', function (evt) {
    if (evt.detail.xhr.status === 422) {
      evt.detail.shouldSwap = true;
      evt.detail.isError = false;
    }
  });
})();
