// Small enhancements shared by every page. Each page works without this file.
"use strict";

(function () {
  // A request made in place that failed (a conflict, a lost connection) says so where the flash goes;
  // the part of the page stays as it was.
  function failed() {
    var flash = document.getElementById("flash");
    if (!flash) {
      return;
    }
    var box = document.createElement("p");
    box.className = "error";
    box.setAttribute("role", "alert");
    box.textContent = flash.getAttribute("data-failed") || "";
    flash.replaceChildren(box);
  }
  document.addEventListener("htmx:responseError", failed);
  document.addEventListener("htmx:sendError", failed);

  // The staff "manage" menu closes when one clicks elsewhere or presses Escape, as a menu does.
  function closeMenus(except) {
    document.querySelectorAll(".submenu details[open]").forEach(function (d) {
      if (d !== except) {
        d.removeAttribute("open");
      }
    });
  }
  document.addEventListener("click", function (e) {
    closeMenus(e.target.closest ? e.target.closest(".submenu details") : null);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") {
      closeMenus(null);
    }
  });
})();
