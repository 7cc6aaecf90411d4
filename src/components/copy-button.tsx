import { useEffect, useRef, useState } from 'react'
import { copyText } from '../lib/clipboard'

/**
 * A button that copies text and confirms in an aria-live region. On failure it shows the text
 * so it can be copied by hand: nothing is lost.
 */
export function CopyButton({
  label,
  getText,
  confirm,
  className = 'button',
}: {
  label: string
  getText: () => string
  confirm: string
  className?: string
}) {
  const [message, setMessage] = useState('')
  const [fallback, setFallback] = useState<string | null>(null)
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  const onClick = async () => {
    const text = getText()
    try {
      await copyText(text)
      setFallback(null)
      setMessage(confirm)
    } catch {
      setFallback(text)
      setMessage('Copying was blocked by the browser. Select the text below and copy it.')
    }
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => setMessage(''), 4000)
  }

  return (
    <span className="copy-button">
      <button type="button" className={className} onClick={() => void onClick()}>
        {label}
      </button>
      <span className="copy-button__status" role="status" aria-live="polite">
        {message}
      </span>
      {fallback !== null && (
        <textarea
          className="copy-button__fallback"
          readOnly
          value={fallback}
          aria-label={`${label}: text to copy`}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </span>
  )
}
