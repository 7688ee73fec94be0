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

// PIP editor: after the live rule check, a field is marked invalid only while its message says so,
// so a fixed field loses its red mark together with its message.
document.addEventListener('htmx:afterSettle', function (e) {
  var formulier = e.target.closest && e.target.closest('[data-live-controle]');
  if (!formulier) {
    return;
  }
  formulier.querySelectorAll('[id^="fout-"]').forEach(function (melding) {
    var veld = document.getElementById('veld-' + melding.id.substring(5));
    if (!veld || veld.type === 'checkbox') {
      return;
    }
    var fout = melding.children.length > 0;
    if (fout) {
      veld.setAttribute('aria-invalid', 'true');
    } else {
      veld.removeAttribute('aria-invalid');
    }
    ['utrecht-textbox--invalid', 'utrecht-select--invalid', 'utrecht-textarea--invalid'].forEach(function (klasse) {
      if (!fout) {
        veld.classList.remove(klasse);
      }
    });
    var veldgroep = veld.closest('.utrecht-form-field');
    if (veldgroep) {
      veldgroep.classList.toggle('utrecht-form-field--invalid', fout);
    }
  });
});

// PIP editor: a field of some routes only (data-routes="B1_ROUTE Z_ROUTE") is hidden and disabled
// for another route, so it can be neither typed in nor sent. In the capture phase, so that it happens before
// htmx sends the form for the live rule check.
document.addEventListener('change', function (e) {
  if (e.target.id !== 'veld-leerroute') {
    return;
  }
  var route = e.target.value;
  document.querySelectorAll('[data-routes]').forEach(function (veldgroep) {
    var past = !route || veldgroep.getAttribute('data-routes').split(' ').indexOf(route) >= 0;
    veldgroep.hidden = !past;
    veldgroep.querySelectorAll('input, select, textarea').forEach(function (veld) {
      veld.disabled = !past;
    });
  });
}, true);

// Pages with a form per section (data-bewaak on each form, the intake): no typed input is lost.
// Saving one section while another has unsaved input first shows a warning naming those sections; a second
// click saves anyway. Leaving the page with unsaved input asks the browser's own question.
(function () {
  var gewijzigd = new Set();
  var bezig = false;

  function sectienaam(formulier) {
    var sectie = formulier.closest('section');
    var kop = sectie && sectie.querySelector('h2');
    return kop ? kop.textContent.trim() : '';
  }

  document.addEventListener('input', function (e) {
    var formulier = e.target.form;
    if (formulier && formulier.hasAttribute('data-bewaak')) {
      gewijzigd.add(formulier);
    }
  });
  document.addEventListener('change', function (e) {
    var formulier = e.target.form;
    if (formulier && formulier.hasAttribute('data-bewaak')) {
      gewijzigd.add(formulier);
    }
  });

  document.addEventListener('submit', function (e) {
    var formulier = e.target;
    if (!formulier.hasAttribute('data-bewaak')) {
      return;
    }
    var anderen = Array.from(gewijzigd).filter(function (ander) {
      return ander !== formulier;
    });
    var waarschuwing = document.getElementById('onopgeslagen');
    if (anderen.length > 0 && !(waarschuwing && waarschuwing.dataset.voor === formulierId(formulier))) {
      e.preventDefault();
      if (waarschuwing) {
        waarschuwing.remove();
      }
      var sjabloon = document.getElementById('onopgeslagen-tekst');
      var tekst = sjabloon ? sjabloon.textContent : 'Niet opgeslagen: {0}';
      waarschuwing = document.createElement('div');
      waarschuwing.id = 'onopgeslagen';
      waarschuwing.className = 'utrecht-alert utrecht-alert--warning';
      waarschuwing.setAttribute('role', 'alert');
      waarschuwing.dataset.voor = formulierId(formulier);
      var alinea = document.createElement('p');
      alinea.className = 'utrecht-paragraph';
      alinea.textContent = tekst.replace('{0}', anderen.map(sectienaam).join(', '));
      waarschuwing.appendChild(alinea);
      var knop = formulier.querySelector('button[type="submit"]');
      if (knop) {
        knop.parentNode.insertBefore(waarschuwing, knop);
      } else {
        formulier.insertBefore(waarschuwing, formulier.firstChild);
      }
      return;
    }
    // Saved, or saved anyway after the warning: the user chose; leaving the page asks nothing more.
    bezig = true;
  });

  function formulierId(formulier) {
    return formulier.getAttribute('action') || '';
  }

  window.addEventListener('beforeunload', function (e) {
    if (!bezig && gewijzigd.size > 0) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
})();
