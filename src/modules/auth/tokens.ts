// The opaque-token helpers live in common/ (event tickets use them too); auth keeps its import path.
export { hashToken, newOpaqueToken } from '../../common/crypto/opaque-token.js';
