// Draws the process model with bpmn-js and lays the open-case and incident counts over its elements.
(function () {
  var container = document.getElementById('diagram');
  var data = document.getElementById('process-load-data');
  if (!container || !window.BpmnJS || !data) {
    return;
  }
  var load = JSON.parse(data.textContent);
  var viewer = new window.BpmnJS({ container: container });
  fetch(container.dataset.bpmn, { credentials: 'same-origin' })
    .then(function (response) { return response.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      viewer.get('canvas').zoom('fit-viewport');
      var overlays = viewer.get('overlays');
      var registry = viewer.get('elementRegistry');
      function badge(id, count, css, position) {
        if (!count || !registry.get(id)) {
          return;
        }
        var span = document.createElement('span');
        span.className = css;
        span.textContent = String(count);
        overlays.add(id, { position: position, html: span });
      }
      Object.keys(load.waiting).forEach(function (id) {
        badge(id, load.waiting[id], 'diagram-count', { bottom: 10, left: -8 });
      });
      Object.keys(load.incidents).forEach(function (id) {
        badge(id, load.incidents[id], 'diagram-count diagram-incident', { bottom: 10, right: 8 });
      });
    })
    .catch(function (error) {
      container.textContent = String(error);
    });
})();
