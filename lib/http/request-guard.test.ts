import { describe, expect, it } from 'vitest'
import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state'
import {
  checkActionBody,
  checkActionOrigin,
  checkAuthCallbackUrl,
  checkBodyLength,
  checkDeclaredLength,
  checkRequestLine,
  checkRouterState,
  MAX_BODY_BYTES,
  serverActionKind,
} from './request-guard'

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer

describe('the request guard (issue 17: malformed requests got 500s)', () => {
  it('refuses TRACE with 405 and an Allow header, and undecodable paths with 400', () => {
    expect(checkRequestLine('GET', '/questions/syn-flood')).toBeNull()
    expect(checkRequestLine('TRACE', '/')).toMatchObject({
      status: 405,
      headers: { Allow: 'GET, HEAD, POST, OPTIONS' },
    })
    expect(checkRequestLine('GET', '/questions/%zz')).toMatchObject({
      status: 400,
      message: /percent-encoding/,
    })
  })

  it('checks the router-state header with Next’s own parser', () => {
    const state = (value: string) => new Headers({ 'next-router-state-tree': value })
    expect(checkRouterState(new Headers(), parseAndValidateFlightRouterState)).toBeNull()
    expect(
      checkRouterState(state(encodeURIComponent('["",{}]')), parseAndValidateFlightRouterState),
    ).toBeNull()
    expect(checkRouterState(state('garbage'), parseAndValidateFlightRouterState)).toMatchObject({
      status: 400,
    })
    expect(checkRouterState(state('[1'), parseAndValidateFlightRouterState)).toMatchObject({ status: 400 })
  })

  it('answers 413 to a declared or actual body over 1 MB', async () => {
    expect(checkDeclaredLength(new Headers({ 'content-length': String(MAX_BODY_BYTES) }))).toBeNull()
    expect(checkDeclaredLength(new Headers({ 'content-length': String(MAX_BODY_BYTES + 1) }))).toMatchObject({
      status: 413,
    })
    const big = new ArrayBuffer(MAX_BODY_BYTES + 1)
    expect(await checkActionBody('fetch', 'text/plain', big)).toMatchObject({ status: 413 })
    // A streamed body's size, once read; the message says the limit.
    expect(checkBodyLength(MAX_BODY_BYTES)).toBeNull()
    expect(checkBodyLength(2 * MAX_BODY_BYTES)).toEqual({
      status: 413,
      message: 'The request body is larger than 1 MB.',
      headers: undefined,
    })
  })

  it('classifies POSTs the way Next does', () => {
    expect(serverActionKind('POST', new Headers({ 'next-action': 'x' }))).toBe('fetch')
    expect(serverActionKind('POST', new Headers({ 'content-type': 'multipart/form-data; boundary=x' }))).toBe(
      'form',
    )
    expect(serverActionKind('POST', new Headers({ 'content-type': 'text/plain' }))).toBeNull()
    expect(serverActionKind('GET', new Headers({ 'next-action': 'x' }))).toBeNull()
  })

  it('refuses a cross-origin or malformed Origin on a server action with 403/400', () => {
    const headers = (origin: string) => new Headers({ origin, host: 'localhost:3000' })
    expect(checkActionOrigin(headers('http://localhost:3000'))).toBeNull()
    expect(checkActionOrigin(new Headers({ host: 'localhost:3000' }))).toBeNull()
    expect(checkActionOrigin(headers('https://evil.example'))).toMatchObject({ status: 403 })
    expect(checkActionOrigin(headers('null'))).toMatchObject({ status: 403 })
    expect(checkActionOrigin(headers('::'))).toMatchObject({ status: 400 })
    const forwarded = new Headers({
      origin: 'https://app.example',
      host: '127.0.0.1',
      'x-forwarded-host': 'app.example',
    })
    expect(checkActionOrigin(forwarded)).toBeNull()
  })

  it('refuses action bodies React cannot decode: JSON objects, empty bodies, ["$B1"], cut multipart', async () => {
    expect(await checkActionBody('fetch', 'text/plain;charset=UTF-8', bytes('[]'))).toBeNull()
    expect(await checkActionBody('fetch', 'application/json', bytes('{"a":1}'))).toMatchObject({
      status: 400,
    })
    expect(await checkActionBody('fetch', 'text/plain', bytes(''))).toMatchObject({ status: 400 })
    expect(await checkActionBody('fetch', 'text/plain', bytes('["$B1"]'))).toMatchObject({
      status: 400,
      message: /no blob part/,
    })
    const cut = bytes('--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]')
    expect(await checkActionBody('fetch', 'multipart/form-data; boundary=XYZ', cut)).toMatchObject({
      status: 400,
      message: /multipart/,
    })
    const whole = bytes('--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--XYZ--\r\n')
    expect(await checkActionBody('fetch', 'multipart/form-data; boundary=XYZ', whole)).toBeNull()
    expect(await checkActionBody('form', 'multipart/form-data; boundary=XYZ', cut)).toMatchObject({
      status: 400,
    })
  })

  it('refuses the callback URLs Auth.js would answer with a 500', () => {
    const url = (query: string) => new URL(`http://localhost:3000/api/auth/signin${query}`)
    const none = () => undefined
    expect(checkAuthCallbackUrl(url('?callbackUrl=%2Freview'), none)).toBeNull()
    expect(checkAuthCallbackUrl(url('?callbackUrl=https%3A%2F%2Fexample.com%2F'), none)).toBeNull()
    expect(checkAuthCallbackUrl(url('?callbackUrl=javascript%3Aalert(1)'), none)).toMatchObject({
      status: 400,
    })
    expect(checkAuthCallbackUrl(url('?callbackUrl=http%3A%2F%2F%25zz'), none)).toMatchObject({ status: 400 })
    const cookie = (name: string) => (name === 'authjs.callback-url' ? '::::' : undefined)
    expect(checkAuthCallbackUrl(url(''), cookie)).toMatchObject({ status: 400 })
  })
})
