import { useEffect, useState } from 'react'
import { preloadSearch } from '../../lib/search-loader'

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
        // The search engine is a lazy chunk: start fetching it when someone is about to type.
        onFocus={() => void preloadSearch().catch(() => undefined)}
        onChange={(e) => {
          setDraft(e.currentTarget.value)
          onChange(e.currentTarget.value)
        }}
      />
    </div>
  )
}
