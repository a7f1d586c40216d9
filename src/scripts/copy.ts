/** Copy buttons (shown only with JavaScript): copy the reference next to them and say so. */
export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const box = button.closest('section');
    const text = box?.querySelector<HTMLElement>('[data-cite-text]');
    const status = box?.querySelector<HTMLElement>('[data-copy-status]');
    if (!text || !status || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(text.textContent?.trim() ?? '');
      status.textContent = button.dataset['done'] ?? '';
    });
  }
}
