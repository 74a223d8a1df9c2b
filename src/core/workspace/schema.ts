/**
 * A small structural validator for data that arrives from outside (a workspace file, IndexedDB): each
 * schema returns the first problem as "path: what", or undefined. Unknown fields are allowed and kept,
 * so a file written by a later version with extra fields still loads without losing them.
 */

export type Schema = (value: unknown, path: string) => string | undefined

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export const str: Schema = (value, path) => (typeof value === 'string' ? undefined : `${path}：应为文字`)

export const bool: Schema = (value, path) =>
  typeof value === 'boolean' ? undefined : `${path}：应为 true/false`

export const finite: Schema = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) ? undefined : `${path}：应为数字`

export const integer: Schema = (value, path) =>
  typeof value === 'number' && Number.isInteger(value) ? undefined : `${path}：应为整数`

export function oneOf(values: readonly string[]): Schema {
  return (value, path) =>
    typeof value === 'string' && values.includes(value)
      ? undefined
      : `${path}：应为 ${values.join(' / ')} 之一`
}

export function nullable(schema: Schema): Schema {
  return (value, path) => (value === null ? undefined : schema(value, path))
}

export function arrayOf(item: Schema): Schema {
  return (value, path) => {
    if (!Array.isArray(value)) return `${path}：应为列表`
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i], `${path}[${i}]`)
      if (problem !== undefined) return problem
    }
    return undefined
  }
}

export function recordOf(item: Schema): Schema {
  return (value, path) => {
    if (!isRecord(value)) return `${path}：应为对象`
    for (const [key, entry] of Object.entries(value)) {
      const problem = item(entry, `${path}.${key}`)
      if (problem !== undefined) return problem
    }
    return undefined
  }
}

/** An object with required and optional fields; an optional field may be absent but not of another type. */
export function object(required: Record<string, Schema>, optional: Record<string, Schema> = {}): Schema {
  return (value, path) => {
    if (!isRecord(value)) return `${path}：应为对象`
    for (const [key, schema] of Object.entries(required)) {
      if (!(key in value)) return `${path}.${key}：缺少此项`
      const problem = schema(value[key], `${path}.${key}`)
      if (problem !== undefined) return problem
    }
    for (const [key, schema] of Object.entries(optional)) {
      if (value[key] === undefined) continue
      const problem = schema(value[key], `${path}.${key}`)
      if (problem !== undefined) return problem
    }
    return undefined
  }
}
