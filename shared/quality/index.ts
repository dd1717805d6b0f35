export * from './types';
export * from './normalise';
export * from './sensitive';
export * from './checks';
export * from './score';
