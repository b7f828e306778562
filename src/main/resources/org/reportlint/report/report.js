(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#filters input"));
  function apply() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) { off[b.value] = true; } });
    document.querySelectorAll("li.finding").forEach(function (li) {
      li.hidden = !!(off["sev:" + li.dataset.sev] || off["cat:" + li.dataset.cat]);
    });
    document.querySelectorAll("mark.m").forEach(function (m) {
      var all = m.dataset.f.split(" ").every(function (id) { return document.getElementById(id).hidden; });
      m.classList.toggle("off", all);
    });
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  function select(m) {
    document.querySelectorAll(".sel").forEach(function (x) { x.classList.remove("sel"); });
    m.classList.add("sel");
    m.dataset.f.split(" ").forEach(function (id, i) {
      var li = document.getElementById(id);
      li.classList.add("sel");
      if (i === 0) { li.scrollIntoView({ block: "nearest" }); }
    });
  }
  document.addEventListener("click", function (e) {
    var m = e.target.closest("mark.m");
    if (m && !m.classList.contains("off")) { select(m); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && e.target.matches && e.target.matches("mark.m")) { select(e.target); }
  });
})();
