/*
 * The entry page: hides the items skip logic hides (the server lists them in #hiddenItems after every change)
 * and gives the focus back to the control that had it when an update redrew it.
 */
(function () {
  var lastFocused = null;

  function applyHidden() {
    var marker = document.getElementById('hiddenItems');
    if (!marker) {
      return;
    }
    var hidden = new Set((marker.getAttribute('data-hidden') || '').split(' ').filter(Boolean));
    document.querySelectorAll('.ecrf-item[data-key]').forEach(function (item) {
      item.classList.toggle('ecrf-hidden', hidden.has(item.getAttribute('data-key')));
    });
  }

  function restoreFocus() {
    if (lastFocused && (document.activeElement === document.body || document.activeElement === null)) {
      var element = document.getElementById(lastFocused);
      if (element) {
        element.focus();
      }
    }
  }

  document.addEventListener('focusin', function (event) {
    if (event.target && event.target.id) {
      lastFocused = event.target.id;
    }
  });
  document.addEventListener('DOMContentLoaded', applyHidden);
  document.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) {
      var save = document.getElementById('entry:save');
      if (save) {
        event.preventDefault();
        save.click();
      }
    }
  });
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', function () {
      applyHidden();
      restoreFocus();
    });
  }
})();
