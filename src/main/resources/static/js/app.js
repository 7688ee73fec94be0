// Focus management that the strict CSP lets us do only from a file of our own.

// A form that came back with errors: focus its error summary, so keyboard and screen-reader users land on
// the list of what to fix (NL Design System error summary pattern).
document.addEventListener('DOMContentLoaded', function () {
  var samenvatting = document.getElementById('foutsamenvatting');
  if (samenvatting) {
    samenvatting.focus();
  }
});

// After htmx swapped in new content (the BSN search), focus lands on what changed instead of on nothing:
// the field with the error, or else the heading of the results.
// Not after the live rule check of a form (data-live-controle): the user is still typing there.
document.addEventListener('htmx:afterSettle', function (e) {
  if (e.target.closest && e.target.closest('[data-live-controle]')) {
    return;
  }
  var fout = document.querySelector('input[aria-invalid="true"]');
  var titel = document.getElementById('resultaten-titel');
  if (fout) {
    fout.focus();
  } else if (titel) {
    titel.setAttribute('tabindex', '-1');
    titel.focus();
  }
});
