DROP TABLE idempotency_keys;
DROP TABLE appointment_exceptions;
DROP TABLE appointments;
DROP TABLE changes;
DROP TABLE client_seq;
