package api

// CodeIdempotencyKeyReused answers a write whose Idempotency-Key was used
// before by the same user for a different request. Its status is 422.
const CodeIdempotencyKeyReused Code = "idempotency_key_reused"
