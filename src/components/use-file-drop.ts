/** A scenario file dropped anywhere on the page opens; while one is dragged, says so. */

import { useEffect, useState } from 'react'
import { useAppStoreApi } from '../store/context'
import { openScenarioFile } from './open-scenario-file'

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true

export function useFileDrop(enabled: boolean): boolean {
  const store = useAppStoreApi()
  const [dragging, setDragging] = useState(false)
  useEffect(() => {
    if (!enabled) return
    // dragenter/dragleave fire for every child crossed; counting them finds the real leave.
    let depth = 0
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      depth++
      setDragging(true)
    }
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const onOver = (e: DragEvent) => {
      if (carriesFiles(e)) e.preventDefault()
    }
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      depth = 0
      setDragging(false)
      const file = e.dataTransfer?.files[0]
      if (file !== undefined) void openScenarioFile(store, file)
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('dragover', onOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [store, enabled])
  return dragging
}
