// Applies the reader's chosen theme before the first paint (an external file, so that the CSP needs no inline script).
try {
  var t = localStorage.getItem('dossier-theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
