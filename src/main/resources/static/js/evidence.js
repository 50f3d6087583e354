// Evidence fields: a drop zone, more rows, and hints on size and type before anything is sent.
// Without this script the plain file inputs still work; the server checks every file anyway.
(function () {
  'use strict';
  var ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'video/mp4'];

  function kindFor(type) {
    if (type.indexOf('video/') === 0) { return 'VIDEO'; }
    if (type.indexOf('image/') === 0) { return 'PRODUCT_PHOTO'; }
    return '';
  }

  function megabytes(bytes) {
    return (bytes / 1048576).toFixed(1);
  }

  function hint(fieldset, row) {
    var input = row.querySelector('input[type=file]');
    var out = row.querySelector('.file-hint');
    var max = Number(fieldset.getAttribute('data-max-bytes'));
    var messages = [];
    Array.prototype.forEach.call(input.files || [], function (file) {
      if (max && file.size > max) {
        messages.push(fieldset.getAttribute('data-too-large')
            .replace('{0}', file.name).replace('{1}', megabytes(file.size)).replace('{2}', megabytes(max)));
      }
      if (file.type && ACCEPTED.indexOf(file.type) < 0) {
        messages.push(fieldset.getAttribute('data-wrong-type').replace('{0}', file.name));
      }
    });
    out.textContent = messages.join(' ');
    row.classList.toggle('has-warning', messages.length > 0);
  }

  function renumber(row, index, label) {
    row.querySelectorAll('[name],[id],[for]').forEach(function (el) {
      ['name', 'id', 'for'].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (value) {
          el.setAttribute(attr, value.replace(/evidence\[\d+\]/g, 'evidence[' + index + ']')
              .replace(/evidence\d+\./g, 'evidence' + index + '.'));
        }
      });
    });
    var fileLabel = row.querySelector('label');
    fileLabel.textContent = label.replace('{0}', index + 1);
  }

  function addRow(fieldset) {
    var rows = fieldset.querySelector('.evidence-rows');
    var last = rows.lastElementChild;
    var row = last.cloneNode(true);
    row.querySelectorAll('input, select').forEach(function (el) {
      if (el.type === 'file' || el.type === 'text') { el.value = ''; }
      if (el.type === 'checkbox') { el.checked = false; }
      if (el.tagName === 'SELECT') { el.selectedIndex = 0; }
    });
    row.querySelector('.file-hint').textContent = '';
    renumber(row, rows.children.length, fieldset.getAttribute('data-row-label'));
    rows.appendChild(row);
    watch(fieldset, row);
    return row;
  }

  function emptyRow(fieldset) {
    var rows = fieldset.querySelectorAll('.evidence-row');
    for (var i = 0; i < rows.length; i++) {
      var input = rows[i].querySelector('input[type=file]');
      if (!input.files || input.files.length === 0) { return rows[i]; }
    }
    return addRow(fieldset);
  }

  function put(fieldset, files) {
    Array.prototype.forEach.call(files, function (file) {
      var row = emptyRow(fieldset);
      var transfer = new DataTransfer();
      transfer.items.add(file);
      var input = row.querySelector('input[type=file]');
      input.files = transfer.files;
      var kind = row.querySelector('select');
      if (kind && !kind.value) { kind.value = kindFor(file.type); }
      hint(fieldset, row);
    });
  }

  function watch(fieldset, row) {
    row.querySelector('input[type=file]').addEventListener('change', function () { hint(fieldset, row); });
  }

  document.querySelectorAll('fieldset.evidence').forEach(function (fieldset) {
    var zone = fieldset.querySelector('.dropzone');
    var more = fieldset.querySelector('.add-row');
    fieldset.querySelectorAll('.evidence-row').forEach(function (row) { watch(fieldset, row); });
    more.hidden = false;
    more.addEventListener('click', function () {
      addRow(fieldset).querySelector('input[type=file]').focus();
    });
    if (typeof DataTransfer === 'undefined') { return; }
    zone.hidden = false;
    // the zone opens the chooser of the next free row, so it is usable from the keyboard too
    zone.addEventListener('click', function () { emptyRow(fieldset).querySelector('input[type=file]').click(); });
    zone.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        emptyRow(fieldset).querySelector('input[type=file]').click();
      }
    });
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      put(fieldset, e.dataTransfer.files);
    });
  });
}());
