/**
 * Every entity, listed explicitly: glob loading does not work the same under
 * jest's ESM loader and node, and an explicit list is reviewable.
 */
export const entities: Function[] = [];
