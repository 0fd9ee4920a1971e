import { existsSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..')

/** The weapp build as Taro wrote it. */
export const BUILD_DIR = path.join(ROOT, 'dist', 'weapp')
/** The package as WeChat would upload it: what miniprogram-ci's compiler keeps (npm run compile:weapp). */
export const UPLOAD_DIR = path.join(ROOT, 'dist', 'weapp-upload')

/**
 * The package the weapp checks run on: WEAPP_PACKAGE when set, else the compiled upload. Throws with
 * the commands to run when it is missing, so no check quietly falls back to the unchecked build.
 */
export function weappPackageDir(): string {
  const dir = path.resolve(process.env.WEAPP_PACKAGE ?? UPLOAD_DIR)
  if (!existsSync(path.join(dir, 'app.json')))
    throw new Error(`${dir}/app.json missing: run npm run build:weapp && npm run compile:weapp`)
  return dir
}
