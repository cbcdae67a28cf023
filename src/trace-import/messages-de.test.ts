import { afterEach, describe, expect, it } from 'vitest'
import { setLocale } from '../i18n/translate'
import { importSpanTrace } from './otel-import'
import { parseShiviz } from './shiviz'

afterEach(() => setLocale('en'))

// The other tests read the English messages; these, that the user's language reaches them.
describe('trace import messages in German', () => {
  it('name the problem with a whole file', () => {
    setLocale('de')
    expect(parseShiviz('  \n')).toEqual({ ok: false, error: 'das Log ist leer' })
    expect(importSpanTrace('{"spans": 1}')).toEqual({
      ok: false,
      error:
        'erwartet ein Jaeger-Trace ({ "data": [...] }) oder OTLP ({ "resourceSpans": [...] }), gefunden ein Objekt mit "spans"',
    })
  })

  it('name the line, the clock and where JSON breaks', () => {
    setLocale('de')
    const log = 'start\nn1 {"n1": 2}\n'
    expect(parseShiviz(log)).toEqual({
      ok: false,
      error: 'Zeile 2: Host „n1“ beginnt seine Uhr bei 2 (das erste Ereignis eines Hosts hat 1)',
    })
    expect(importSpanTrace('{"data": [}')).toEqual({
      ok: false,
      error: 'kein JSON: Zeile 1, Spalte 11: erwartet einen Wert, gefunden "}"',
    })
  })
})
