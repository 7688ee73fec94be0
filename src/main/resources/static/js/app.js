// Moves focus to the error summary of a form that came back with errors, so keyboard and screen-reader
// users land on the list of what to fix (NL Design System error summary pattern).
document.addEventListener('DOMContentLoaded', function () {
  var samenvatting = document.getElementById('foutsamenvatting');
  if (samenvatting) {
    samenvatting.focus();
  }
});
