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

// ---- Forms: region picker, amounts in words, error summary ----------------------------------------------------
// Owned by the shared form widgets (templates/tags/regionPicker.html, field.html, errorSummary.html).
(function forms() {
  // Region picker: a province or city chosen, htmx fetches the next level's options from /regions/{code}/children;
  // every level below is emptied first. Without htmx the "choose" button stays and posts the form back instead.
  function enhanceRegionPickers() {
    if (!window.htmx) {
      return;
    }
    document.querySelectorAll(".region-choose").forEach(function (button) { button.hidden = true; });
    document.addEventListener("htmx:configRequest", function (event) {
      var select = event.detail.elt;
      if (!select.matches || !select.matches("select[data-region-next]")) {
        return;
      }
      for (var next = document.getElementById(select.dataset.regionNext); next;
           next = next.dataset.regionNext ? document.getElementById(next.dataset.regionNext) : null) {
        next.length = 1; // keeps the "choose" placeholder
      }
      if (!/^\d{6}$/.test(select.value)) {
        event.preventDefault();
        return;
      }
      event.detail.path = "/regions/" + select.value + "/children";
    });
  }

  // Amounts in words: the same rules as org.techmarket.common.AmountWords (大写金额 / "1.2 million yuan").
  var DIGITS = "零壹贰叁肆伍陆柒捌玖";
  var PLACES = ["", "拾", "佰", "仟"];
  var GROUPS = ["", "万", "亿", "万亿"];
  var MAX_FEN = 1e13;

  function fenOf(text, unit) {
    var cleaned = text.trim().replace(/[,，]/g, "");
    var match = /^(\d+)(?:\.(\d+))?$/.exec(cleaned);
    var scale = unit === "WAN" ? 6 : 2;
    if (!match) {
      return null;
    }
    var fraction = (match[2] || "").replace(/0+$/, "");
    if (fraction.length > scale) {
      return null;
    }
    var fen = Number(match[1].replace(/^0+(?=\d)/, "") + fraction.padEnd(scale, "0"));
    return fen <= MAX_FEN ? fen : null;
  }

  function fourDigits(group) {
    var words = "";
    var zero = false;
    for (var place = 3; place >= 0; place--) {
      var digit = Math.floor(group / Math.pow(10, place)) % 10;
      if (digit === 0) {
        zero = words.length > 0;
      } else {
        words += (zero ? "零" : "") + DIGITS.charAt(digit) + PLACES[place];
        zero = false;
      }
    }
    return words;
  }

  function integerWords(value) {
    var groups = [];
    for (var v = value; v > 0; v = Math.floor(v / 10000)) {
      groups.push(v % 10000);
    }
    var words = "";
    var zeroPending = false;
    for (var g = groups.length - 1; g >= 0; g--) {
      if (groups[g] === 0) {
        zeroPending = words.length > 0;
        continue;
      }
      if (words.length > 0 && (zeroPending || groups[g] < 1000)) {
        words += "零";
      }
      words += fourDigits(groups[g]) + GROUPS[g];
      zeroPending = false;
    }
    return words;
  }

  function chinese(fen) {
    var yuan = Math.floor(fen / 100);
    var jiao = Math.floor(fen / 10) % 10;
    var cents = fen % 10;
    var words = yuan > 0 ? integerWords(yuan) + "元" : "";
    if (jiao === 0 && cents === 0) {
      return words ? words + "整" : "零元整";
    }
    if (jiao > 0) {
      words += DIGITS.charAt(jiao) + "角";
    } else if (yuan > 0) {
      words += "零";
    }
    return cents > 0 ? words + DIGITS.charAt(cents) + "分" : words;
  }

  function english(fen) {
    var yuan = fen / 100;
    var sizes = [[1e9, "billion"], [1e6, "million"], [1e3, "thousand"]];
    for (var i = 0; i < sizes.length; i++) {
      if (yuan >= sizes[i][0]) {
        var exact = yuan / sizes[i][0];
        var shown = Math.round(exact * 10000) / 10000;
        return (Math.abs(shown - exact) > 1e-9 ? "about " : "") + shown + " " + sizes[i][1] + " yuan";
      }
    }
    return yuan + " yuan";
  }

  function showAmountsInWords() {
    var englishPage = (document.documentElement.lang || "").indexOf("en") === 0;
    document.querySelectorAll("input[data-amount-words]").forEach(function (input) {
      var output = document.getElementById(input.dataset.amountWords);
      if (!output) {
        return;
      }
      input.addEventListener("input", function () {
        var fen = fenOf(input.value, input.dataset.amountUnit);
        output.textContent = fen === null ? "" : englishPage ? english(fen) : chinese(fen);
      });
    });
  }

  // A rejected form: the summary takes the focus, so that it is read first and its links are one tab away.
  function focusErrorSummary() {
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    enhanceRegionPickers();
    showAmountsInWords();
    focusErrorSummary();
  });
})();
