import type { MethodNote } from './schema'

export const method: MethodNote[] = []
