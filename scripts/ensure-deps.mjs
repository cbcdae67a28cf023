#!/usr/bin/env node
// Installs dependencies when they are missing or older than package-lock.json, so that a fresh
// clone's `npm start` / `npm test` works by itself. Plain Node, no dependencies.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const lock = join(root, 'package-lock.json')
const modules = join(root, 'node_modules')
const installed = join(modules, '.package-lock.json') // npm's record of what it installed

/** @returns {string | null} why an install is needed, or null when node_modules is current */
function reason() {
  if (!existsSync(modules)) return 'node_modules is missing'
  if (!existsSync(lock)) return null
  if (!existsSync(installed)) return 'node_modules/.package-lock.json is missing'
  if (statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
    return 'package-lock.json is newer than node_modules'
  }
  return null
}

const why = reason()
if (why !== null) {
  const args = existsSync(lock) ? ['ci'] : ['install']
  console.error(`ensure-deps: ${why}; running npm ${args.join(' ')}`)
  // Under `npm run`, reuse the very npm that started us; otherwise find npm on PATH.
  const npmCli = process.env.npm_execpath
  const result =
    npmCli && /\.[cm]?js$/.test(npmCli)
      ? spawnSync(process.execPath, [npmCli, ...args], { cwd: root, stdio: 'inherit' })
      : spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
          cwd: root,
          stdio: 'inherit',
          shell: process.platform === 'win32',
        })
  if (result.error) {
    console.error(`ensure-deps: could not run npm: ${result.error.message}`)
    process.exit(1)
  }
  if (result.status !== 0) process.exit(result.status ?? 1)
}
