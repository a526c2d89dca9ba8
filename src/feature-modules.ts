/** Tribune's feature modules, in dependency order. */
export const featureModules: Array<new (...args: never[]) => unknown> = [];
