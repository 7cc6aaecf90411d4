import { useEffect, useState } from 'react'

/** The search box: typing replaces the URL (no history entry per keystroke). */
export function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [draft, setDraft] = useState(value)
  // Follow the URL when it changes from outside (Back, Reset filters).
  useEffect(() => setDraft(value), [value])
  return (
    <div className="search-box" role="search">
      <label htmlFor="search-provisions">Search provisions</label>
      <input
        id="search-provisions"
        type="search"
        value={draft}
        maxLength={200}
        placeholder="e.g. export, open-source, 开源"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setDraft(e.currentTarget.value)
          onChange(e.currentTarget.value)
        }}
      />
    </div>
  )
}
