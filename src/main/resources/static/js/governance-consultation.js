// Progressive enhancement of the comment form: text selected in the section's text can be taken over into the
// field "Textstelle" with a button. Without JavaScript (or without a mouse) the passage is typed in.
document.addEventListener('DOMContentLoaded', () => {
  const text = document.getElementById('section-text');
  const field = document.getElementById('passage');
  const button = document.getElementById('take-selection');
  if (!text || !field || !button) {
    return;
  }
  let selected = '';
  document.addEventListener('selectionchange', () => {
    const selection = window.getSelection();
    if (selection && selection.rangeCount > 0 && !selection.isCollapsed
        && text.contains(selection.getRangeAt(0).commonAncestorContainer)) {
      selected = selection.toString().replace(/\s+/g, ' ').trim();
    }
  });
  button.hidden = false;
  button.addEventListener('click', () => {
    if (selected) {
      field.value = selected.slice(0, Number(field.getAttribute('maxlength')) || selected.length);
    }
    field.focus();
  });
});
