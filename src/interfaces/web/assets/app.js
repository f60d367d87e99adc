// Progressive enhancement for Groundwire's pages: everything works without this file.
// The Copy link button stays hidden unless script runs and the Clipboard API is available.
/* global document, navigator */
for (const button of document.querySelectorAll('button[data-copy]')) {
  const input = document.getElementById(button.dataset.copy);
  const status = button.closest('.copy-link')?.querySelector('.copy-status');
  if (!input || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      if (status) status.textContent = 'Link copied.';
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): select the text instead.
      input.select();
      if (status) status.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected link.';
    }
  });
}
