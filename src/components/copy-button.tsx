import { useEffect, useRef, useState } from 'react'
import { copyText } from '../lib/clipboard'
import './copy-button.css'

/**
 * A button that copies text and confirms in an aria-live region. On failure it shows the text
 * so it can be copied by hand: nothing is lost.
 */
export function CopyButton({
  label,
  getText,
  confirm,
  className = 'button',
  reveal = false,
}: {
  label: string
  getText: () => string
  confirm: string
  className?: string
  /** Keep what was copied on screen after copying, so the reader sees exactly what they will paste. */
  reveal?: boolean
}) {
  const [message, setMessage] = useState('')
  const [fallback, setFallback] = useState<string | null>(null)
  const [copied, setCopied] = useState<string | null>(null)
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  const onClick = async () => {
    const text = getText()
    try {
      await copyText(text)
      setFallback(null)
      setMessage(confirm)
      if (reveal) setCopied(text)
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
      {copied !== null && fallback === null && (
        <span className="copy-button__copied">
          <span className="copy-button__copied-label">Copied:</span> <span className="copy-button__copied-text">{copied}</span>
        </span>
      )}
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
