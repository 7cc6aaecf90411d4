/**
 * What the reader did to the pre-rendered page before the app hydrated it. React keeps the DOM as
 * it finds it (a ticked box stays ticked, typed text stays) but never hears of the change, so the
 * view and the URL would disagree with the controls. Replayed after hydration as the events React
 * listens to; clicks on buttons before hydration are not replayed (they did nothing visible).
 */
const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set

export function replayEarlyInput(root: HTMLElement): void {
  // Read every control first: replaying one re-renders the others, which resets them to React's state.
  // Hydration set defaultChecked / defaultValue to what React rendered; checked / value are the reader's.
  const inputs = [...root.querySelectorAll('input')]
  const ticks = inputs
    .filter((i) => i.type === 'checkbox' && i.checked !== i.defaultChecked)
    .map((input) => ({ input, checked: input.checked }))
  const texts = inputs
    .filter((i) => i.type !== 'checkbox' && i.type !== 'radio' && i.value !== i.defaultValue)
    .map((input) => ({ input, value: input.value }))
  const opened = [...root.querySelectorAll('details[open]')]

  for (const { input, checked } of ticks) {
    input.checked = !checked // back to React's state (its value tracker follows)…
    input.click() // …then the reader's click again, which React sees as a change
  }
  for (const { input, value } of texts) {
    if (!valueSetter) break
    input.value = input.defaultValue
    // The prototype's setter bypasses React's value tracker, so the input event reads as a change.
    valueSetter.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }
  // A disclosure opened early fired its toggle event before React listened.
  for (const details of opened) details.dispatchEvent(new Event('toggle'))
}
