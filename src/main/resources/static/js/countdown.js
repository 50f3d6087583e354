// Keeps the server-written countdowns ("2 d 4 h left") ticking while a page stays open. The server's
// text is the fallback without script; the texts come from the page's own language (body data-time-*).
(function () {
  var texts = document.body.dataset;
  if (!texts.timeLeft) {
    return;
  }
  function fill(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (m, i) { return String(values[+i]); });
  }
  function span(ms) {
    var minutes = Math.floor(ms / 60000);
    var days = Math.floor(minutes / 1440);
    var hours = Math.floor(minutes / 60) % 24;
    if (days > 0) {
      return fill(texts.timeDaysHours, [days, hours]);
    }
    if (hours > 0) {
      return fill(texts.timeHoursMinutes, [hours, minutes % 60]);
    }
    return fill(texts.timeMinutes, [Math.max(minutes, ms > 0 ? 1 : 0)]);
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-due]').forEach(function (el) {
      var due = Date.parse(el.dataset.due);
      if (isNaN(due)) {
        return;
      }
      var left = due - now;
      el.textContent = fill(left > 0 ? texts.timeLeft : texts.timeOverdue, [span(Math.abs(left))]);
      if (left <= 0 && el.dataset.overdueTarget) {
        var target = el.closest(el.dataset.overdueTarget);
        if (target) {
          target.classList.add('overdue');
        }
      }
    });
  }
  tick();
  window.setInterval(tick, 30000);
})();
